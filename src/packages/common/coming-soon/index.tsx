import { useRouter } from '@tarojs/taro';
import { EmptyState } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { goBack } from '../../../navigation/routes';
import { Button } from '../../../ui/nut';

export default function ComingSoonPage() {
  const { params } = useRouter();
  const title = params.title ? decodeURIComponent(params.title) : '该功能';
  return (
    <PageShell back>
      <EmptyState icon="🚧" title={`${title}即将上线`} description="我们正在抓紧建设，敬请期待。">
        <Button type="primary" className="gh-state__action" onClick={goBack}>
          返回
        </Button>
      </EmptyState>
    </PageShell>
  );
}
