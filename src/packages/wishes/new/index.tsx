import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { OrgTree } from '@contract/org';
import { findGrid } from '@contract/org';
import { filesOnBehalf } from '@contract/permissions-wishes';
import type { ReplyError } from '@contract/reply';
import type { MyProfile } from '@contract/user';
import type { CreateWishInput, ResubmitWishInput, WishDetail } from '@contract/wish';
import { EmptyState, LoadableView } from '../../../components/page-state/page-state';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import type { WishDraft, WishErrors } from '../../../components/wish-form/draft';
import { errorsFromReply, newClientRequestId } from '../../../components/wish-form/draft';
import { WishForm } from '../../../components/wish-form/wish-form';
import { useReply } from '../../../hooks/use-reply';
import { goBack, wishDetailUrl } from '../../../navigation/routes';
import { listOrg } from '../../../services/users';
import { createWish, getWish, resubmitWish } from '../../../services/wishes';
import { Button } from '../../../ui/nut';
import { showError, showSuccess } from '../../../ui/toast';
import { ProfileNeeded } from '../../../components/profile-needed';

/**
 * One message per outcome: a refusal that names a field is shown there (the form scrolls to it), anything
 * else as a toast. Answers the field messages for the form.
 */
function tellRefusal(error: ReplyError): WishErrors {
  const atFields = errorsFromReply(error);
  if (Object.keys(atFields).length === 0) showError(error.message);
  return atFields;
}

interface FilingProps {
  buildings: { id: string; name: string }[] | null;
  startForResident: boolean;
}

function Filing({ buildings, startForResident }: FilingProps) {
  // One id per opened form: a retry after a lost reply lands on the same wish.
  const [clientRequestId] = useState(newClientRequestId);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<WishErrors>({});

  async function submit(input: CreateWishInput): Promise<boolean> {
    setSaving(true);
    setServerErrors({});
    const reply = await createWish(input);
    setSaving(false);
    if (!reply.ok) {
      setServerErrors(tellRefusal(reply.error));
      return false;
    }
    showSuccess('心愿已提交');
    void Taro.redirectTo({ url: wishDetailUrl(reply.data.id) });
    return true;
  }

  return (
    <WishForm buildings={buildings} startForResident={startForResident} clientRequestId={clientRequestId}
      saving={saving} serverErrors={serverErrors} onSubmit={submit} />
  );
}

/** A grid worker may file for the residents of their grid: the form needs that grid's buildings. */
function GridWorkerFiling({ profile, startForResident }: { profile: MyProfile; startForResident: boolean }) {
  const [org, reload] = useReply<OrgTree>(() => listOrg(profile.communityId ? { communityId: profile.communityId } : {}));
  return (
    <LoadableView state={org} onRetry={reload}>
      {(tree) => <Filing buildings={findGrid(tree, profile.gridId)?.buildings ?? []} startForResident={startForResident} />}
    </LoadableView>
  );
}

/** The form's answer → what resubmit takes: every field, the date only when changed (null takes it away). */
function resubmission(wish: WishDetail, input: CreateWishInput, draft: WishDraft): ResubmitWishInput {
  const { title, story, category, beneficiaryType } = input;
  const wantedBy = draft.keepWantedBy ? undefined : (input.wantedBy ?? null);
  return {
    id: wish.id,
    title,
    story,
    category,
    beneficiaryType,
    photos: input.photos ?? [],
    ...(wantedBy === undefined ? {} : { wantedBy }),
  };
}

/** A rejected wish, filled in as it was: change what the reviewer asked for and send it back for review. */
function Correction({ wish }: { wish: WishDetail }) {
  const [clientRequestId] = useState(newClientRequestId);
  const [saving, setSaving] = useState(false);
  const [serverErrors, setServerErrors] = useState<WishErrors>({});

  async function submit(input: CreateWishInput, draft: WishDraft): Promise<boolean> {
    setSaving(true);
    setServerErrors({});
    const reply = await resubmitWish(resubmission(wish, input, draft));
    setSaving(false);
    if (!reply.ok) {
      setServerErrors(tellRefusal(reply.error));
      return false;
    }
    showSuccess('已重新提交，等待社区审核');
    goBack();
    return true;
  }

  return (
    <View>
      <Text className="gh-section-title">修改心愿</Text>
      {wish.rejectReason ? (
        <View className="gh-card">
          <Text className="gh-wish-form__section">审核意见</Text>
          <Text className="gh-muted">{wish.rejectReason}</Text>
        </View>
      ) : null}
      <WishForm
        buildings={null}
        startForResident={false}
        clientRequestId={clientRequestId}
        saving={saving}
        serverErrors={serverErrors}
        onSubmit={submit}
        draftKey={`wish.resubmit.${wish.id}`}
        initial={{
          title: wish.title,
          story: wish.story,
          category: wish.category,
          beneficiaryType: wish.beneficiaryType,
          photos: wish.photos,
          keepWantedBy: Boolean(wish.wantedByDay),
        }}
        keptWantedDay={wish.wantedByDay}
        submitText="修改后重新提交"
        afterText="重新提交后由社区工作人员再次审核，通过后在心愿墙发布。"
      />
    </View>
  );
}

function Resubmit({ id }: { id: string }) {
  const [wish, reload] = useReply(() => getWish(id));
  return (
    <LoadableView state={wish} onRetry={reload}>
      {(found) =>
        found.actions.includes('resubmit') ? (
          <Correction wish={found} />
        ) : (
          <EmptyState icon="✅" title="这个心愿不需要再修改" description="它已经重新提交或有了新的进展，回去看看吧。">
            <Button type="primary" className="gh-state__action" onClick={goBack}>
              返回
            </Button>
          </EmptyState>
        )
      }
    </LoadableView>
  );
}

function NewWish({ profile }: { profile: MyProfile }) {
  const { params } = useRouter();
  if (!profile.registered) {
    return <ProfileNeeded then="发布心愿" />;
  }
  if (params.resubmit) return <Resubmit id={decodeURIComponent(params.resubmit)} />;
  const gridWorker = filesOnBehalf(profile);
  return (
    <View>
      <Text className="gh-section-title">说出您的小心愿</Text>
      <Text className="gh-muted">邻居和志愿者看到后会来帮忙。心愿墙上只显示姓氏，电话和门牌号不会公开。</Text>
      <View style={{ height: '12px' }} />
      {gridWorker ? (
        <GridWorkerFiling profile={profile} startForResident={params.for === 'resident'} />
      ) : (
        <Filing buildings={null} startForResident={false} />
      )}
    </View>
  );
}

export default function NewWishPage() {
  return (
    <PageShell back>
      <SessionGate>{(profile) => <NewWish profile={profile} />}</SessionGate>
    </PageShell>
  );
}
