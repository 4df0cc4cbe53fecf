import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Reply } from '@contract/reply';
import { fieldIssues } from '@contract/schema';
import type { WishAction, WishDetail } from '@contract/wish';
import { confirmWishInput, fulfilWishInput } from '@contract/wish';
import { cancelClaim, claimWish, confirmWish, fulfilWish, reviewWish, withdrawWish } from '../../services/wishes';
import { Button } from '../../ui/nut';
import { ConfirmSheet } from '../confirm-sheet/confirm-sheet';
import { DecisionButtons } from '../review/decision-buttons';
import { WISH_DECISION, wishRejectionError } from '../wish-admin/wish-decision';
import { MultilineField } from '../fields/multiline-field';
import { PhotoPicker } from '../photos/photo-picker';
import { usePhotoUploads } from '../photos/use-photo-uploads';
import { askForStatusUpdates } from '../../services/subscriptions';

export interface ActionOutcome {
  ok: boolean;
  message: string;
}

interface Props {
  wish: WishDetail;
  onDone: (outcome: ActionOutcome) => void;
}

/** The one big action for the caller, in this order when several apply. */
const PRIMARY_ORDER: readonly WishAction[] = ['review', 'confirm', 'fulfil', 'claim', 'withdraw', 'cancelClaim'];

const firstIssue = (error: Parameters<typeof fieldIssues>[0]) => fieldIssues(error)[0]?.message;

type Asking = 'cancelClaim' | 'withdraw' | null;

export function WishActions({ wish, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const [fulfilling, setFulfilling] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const photos = usePhotoUploads();

  const primary = PRIMARY_ORDER.find((action) => wish.actions.includes(action));
  if (!primary) return null;
  const secondary = wish.actions.filter((action) => action !== primary && (action === 'withdraw' || action === 'cancelClaim'));

  async function run<T>(call: () => Promise<Reply<T>>, success: (data: T) => string) {
    setBusy(true);
    const reply = await call();
    setBusy(false);
    setAsking(null);
    if (reply.ok) {
      setText('');
      setFulfilling(false);
      onDone({ ok: true, message: success(reply.data) });
    } else {
      onDone({ ok: false, message: reply.error.message });
    }
  }

  const editText = (value: string) => {
    setText(value);
    setError(undefined);
  };

  function submitFulfil() {
    if (photos.uploading) return;
    const parsed = fulfilWishInput.safeParse({ id: wish.id, note: text, ...(photos.fileIds.length ? { photos: photos.fileIds } : {}) });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    void run(() => fulfilWish(parsed.data), () => '已提交完成情况，等待受助人确认');
  }

  function submitConfirm() {
    const parsed = confirmWishInput.safeParse({ id: wish.id, thanks: text.trim() || undefined });
    if (!parsed.success) return setError(firstIssue(parsed.error));
    void run(() => confirmWish(wish.id, parsed.data.thanks), (data) => `心愿已确认完成，+${data.pointsCredited}积分已发放给志愿者`);
  }

  function primaryBody() {
    switch (primary) {
      case 'review':
        return (
          <DecisionButtons labels={WISH_DECISION} busy={busy} rowClassName="gh-wish-actions__row" size="large"
            reasonError={(reason) => wishRejectionError(wish.id, reason)}
            onApprove={() => void run(() => reviewWish({ id: wish.id, approve: true }), () => '审核通过，心愿已在心愿墙发布')}
            onReject={(reason) => void run(() => reviewWish({ id: wish.id, approve: false, reason }), () => '已驳回，提交人会看到理由')} />
        );
      case 'confirm':
        return (
          <View>
            <MultilineField name="thanks" label="对志愿者说句感谢的话（选填）" value={text} maxLength={200}
              placeholder="写一句感谢" hint="比如：谢谢小赵，水龙头修好了，再也不漏了！" error={error} onChange={editText} />
            <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={submitConfirm}>
              确认完成
            </Button>
          </View>
        );
      case 'fulfil':
        return fulfilling ? (
          <View>
            <MultilineField name="note" label="完成情况" value={text} maxLength={300}
              placeholder="说说是怎么帮的" hint="比如：已陪老人到区医院复查，取好了药送到家。" error={error} onChange={editText} />
            <PhotoPicker label="照片（选填）" photos={photos} />
            <View className="gh-wish-actions__row">
              <Button fill="outline" size="large" disabled={busy} onClick={() => setFulfilling(false)}>取消</Button>
              <Button type="primary" size="large" loading={busy} disabled={busy || photos.uploading} onClick={submitFulfil}>
                {photos.uploading ? '照片上传中…' : '提交完成情况'}
              </Button>
            </View>
          </View>
        ) : (
          <Button type="primary" size="large" block onClick={() => setFulfilling(true)}>完成心愿</Button>
        );
      case 'claim':
        return (
          <View>
            <Text className="gh-wish-actions__hint">认领后请在{wish.claimDays}天内完成，逾期心愿会重新发布。</Text>
            <Button type="primary" size="large" block loading={busy} disabled={busy}
              onClick={() => {
                askForStatusUpdates();
                void run(() => claimWish(wish.id), () => '认领成功！请尽快联系受助人，帮忙实现心愿');
              }}>
              认领心愿
            </Button>
          </View>
        );
      case 'withdraw':
        return <Button fill="outline" type="danger" size="large" block onClick={() => setAsking('withdraw')}>撤回心愿</Button>;
      case 'cancelClaim':
        return <Button fill="outline" type="danger" size="large" block onClick={() => setAsking('cancelClaim')}>取消认领</Button>;
      default:
        return null;
    }
  }

  return (
    <View className="gh-card gh-wish-actions">
      <Text className="gh-wish-actions__title">{ACTION_TITLES[primary]}</Text>
      <Text className="gh-wish-actions__hint">{ACTION_HINTS[primary]}</Text>
      {primaryBody()}
      {secondary.map((action) => (
        <View key={action} className="gh-wish-actions__link" role="button" onClick={() => setAsking(action === 'withdraw' ? 'withdraw' : 'cancelClaim')}>
          <Text>{action === 'withdraw' ? '撤回心愿' : '不方便了？取消认领'}</Text>
        </View>
      ))}
      {asking === 'withdraw' ? (
        <ConfirmSheet title="确定撤回这个心愿吗？" message="撤回后，心愿将不再在心愿墙上显示，也不能再被认领。"
          confirmText="确定撤回" busy={busy} onClose={() => setAsking(null)}
          onConfirm={() => void run(() => withdrawWish(wish.id), () => '心愿已撤回')} />
      ) : null}
      {asking === 'cancelClaim' ? (
        <ConfirmSheet title="确定取消认领吗？" message="取消后，心愿会回到心愿墙，由其他志愿者认领。"
          confirmText="确定取消" busy={busy} onClose={() => setAsking(null)}
          onConfirm={() => void run(() => cancelClaim(wish.id), () => '已取消认领，心愿已回到心愿墙')} />
      ) : null}
    </View>
  );
}

const ACTION_TITLES: Record<WishAction, string> = {
  resubmit: '按审核意见修改一下',
  review: '审核这个心愿',
  confirm: '心愿实现了吗？',
  fulfil: '帮忙完成后，告诉大家',
  claim: '愿意帮这个忙吗？',
  withdraw: '不再需要这个心愿了？',
  cancelClaim: '暂时帮不上了？',
};

const ACTION_HINTS: Record<WishAction, string> = {
  resubmit: '修改心愿后重新提交，社区会再次审核。',
  review: '通过后在心愿墙发布；驳回请写明理由，提交人能看到。',
  confirm: '志愿者说已经帮忙完成了。确认后，志愿者将获得积分。',
  fulfil: '写一写怎么帮的，可以拍几张照片。受助人确认后，积分到账。',
  claim: '认领后可以看到受助人的联系方式，请尽快联系，按约定帮忙。',
  withdraw: '还没有人认领时，可以撤回。',
  cancelClaim: '取消后心愿会回到心愿墙。',
};
