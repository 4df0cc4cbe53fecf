import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LedgerFile, LedgerKind } from '@contract/report';
import { LEDGER_KINDS, LEDGER_KIND_LABELS } from '@contract/report';
import { monthLabel } from '@contract/report-month';
import { openFile } from '../../services/cloud';
import { exportLedger } from '../../services/reports';
import { Button } from '../../ui/nut';
import { Chips } from '../chips/chips';

interface Props {
  month: string;
  communityId?: string;
  gridId?: string;
}

type Progress =
  | { step: 'idle' }
  | { step: 'building' }
  | { step: 'opening'; file: LedgerFile }
  | { step: 'done'; file: LedgerFile }
  | { step: 'failed'; message: string; file: LedgerFile | null };

const KIND_OPTIONS = LEDGER_KINDS.map((kind) => ({ id: kind, name: LEDGER_KIND_LABELS[kind] }));

/** 导出台账: the month and kind, then the file built, downloaded and opened; every outcome said once, in place. */
export function ExportPanel({ month, communityId, gridId }: Props) {
  const [kind, setKind] = useState<LedgerKind>('complaints');
  const [progress, setProgress] = useState<Progress>({ step: 'idle' });
  const busy = progress.step === 'building' || progress.step === 'opening';

  const open = async (file: LedgerFile) => {
    setProgress({ step: 'opening', file });
    const opened = await openFile(file.tempFileURL, file.fileName);
    setProgress(opened.ok ? { step: 'done', file } : { step: 'failed', message: opened.error.message, file });
  };

  const run = async () => {
    setProgress({ step: 'building' });
    const reply = await exportLedger({ month, kind, ...(communityId ? { communityId } : {}), ...(gridId ? { gridId } : {}) });
    if (!reply.ok) return setProgress({ step: 'failed', message: reply.error.message, file: null });
    await open(reply.data);
  };

  const retry = () => (progress.step === 'failed' && progress.file ? void open(progress.file) : void run());

  return (
    <View className="gh-card gh-export">
      <Text className="gh-section-title">导出台账</Text>
      <Text className="gh-muted">{monthLabel(month)}，姓名和电话已隐去部分数字。</Text>
      <Chips label="台账类型" options={KIND_OPTIONS} selectedId={kind} onSelect={(id) => setKind(id as LedgerKind)} />
      <Button type="primary" block loading={busy} disabled={busy} onClick={() => void run()}>
        {progress.step === 'building' ? '正在生成台账…' : progress.step === 'opening' ? '正在下载…' : `导出${LEDGER_KIND_LABELS[kind]}`}
      </Button>
      {progress.step === 'done' ? (
        <View className="gh-export__result" role="status">
          <Text>已导出{progress.file.rows}条：{progress.file.fileName}</Text>
          <View className="gh-export__again" role="button" onClick={() => void open(progress.file)}>
            <Text>再次打开</Text>
          </View>
        </View>
      ) : null}
      {progress.step === 'failed' ? (
        <View className="gh-export__result gh-export__result--failed" role="alert">
          <Text>{progress.message}</Text>
          <View className="gh-export__again" role="button" onClick={retry}>
            <Text>重试</Text>
          </View>
        </View>
      ) : null}
    </View>
  );
}
