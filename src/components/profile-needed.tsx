import { EmptyState } from './page-state/page-state';
import { ROUTES, openPage } from '../navigation/routes';
import { Button } from '../ui/nut';

/** A form that needs the caller's name and address first: says so, and leads to the profile. */
export function ProfileNeeded({ then }: { then: string }) {
  return (
    <EmptyState icon="📝" title="先完善个人信息" description={`填写姓名和住址后，就可以${then}了。`}>
      <Button type="primary" className="gh-state__action" onClick={() => openPage(ROUTES.editProfile)}>
        去完善信息
      </Button>
    </EmptyState>
  );
}
