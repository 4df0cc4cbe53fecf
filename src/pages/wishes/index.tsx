import { PageShell } from '../../components/page-shell/page-shell';
import { EmptyState } from '../../components/page-state/page-state';
import { isPlaced } from '../../components/profile-card/placement-text';
import { SessionGate } from '../../components/session-gate';
import { WishWall } from '../../components/wish/wish-wall';
import { ROUTES, openPage } from '../../navigation/routes';
import { Button } from '../../ui/nut';

export default function WishesPage() {
  return (
    <PageShell tab="wishes">
      <SessionGate>
        {(profile) =>
          isPlaced(profile) ? (
            <WishWall profile={profile} />
          ) : (
            <EmptyState icon="💝" title="加入社区，看看邻居的心愿" description="填写姓名和住址后，就能看到本社区的心愿墙，也可以发布自己的心愿。">
              <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.editProfile)}>
                去完善信息
              </Button>
            </EmptyState>
          )
        }
      </SessionGate>
    </PageShell>
  );
}
