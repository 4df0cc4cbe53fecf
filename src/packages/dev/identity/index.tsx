import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PageShell } from '../../../components/page-shell/page-shell';
import { TABS } from '../../../navigation/tabs';
import { DEMO_IDENTITIES, currentOpenid, newVisitorOpenid, setOpenid } from '../../../services/cloud/identity';
import { restartSession } from '../../../state/session';
import { Cell, CellGroup } from '../../../ui/nut';

function switchTo(openid: string) {
  setOpenid(openid);
  void restartSession();
  void Taro.switchTab({ url: TABS[0].path });
}

/** h5 build only (registered in app.config for h5): act as one of the demo users of the local cloud. */
export default function IdentityPage() {
  const current = currentOpenid();
  return (
    <PageShell back>
      <Text className="gh-section-title">切换演示身份</Text>
      <Text className="gh-muted">本地演示环境专用：选择一位演示用户，重新登录。</Text>
      <View style={{ height: '12px' }} />
      <CellGroup>
        {DEMO_IDENTITIES.map((identity) => (
          <Cell
            key={identity.openid}
            title={`${identity.label}${identity.openid === current ? '（当前）' : ''}`}
            description={`${identity.openid} · ${identity.note}`}
            clickable
            onClick={() => switchTo(identity.openid)}
          />
        ))}
        <Cell title="新访客（首次进入）" description="一位从未登录过的居民" clickable onClick={() => switchTo(newVisitorOpenid())} />
      </CellGroup>
    </PageShell>
  );
}
