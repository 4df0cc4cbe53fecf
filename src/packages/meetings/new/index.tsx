import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { MyProfile } from '@contract/user';
import { MeetingForm } from '../../../components/meeting/meeting-form';
import { newMeetingRequestId } from '../../../components/meeting/meeting-draft';
import { PageShell } from '../../../components/page-shell/page-shell';
import { SessionGate } from '../../../components/session-gate';
import { getComplaint } from '../../../services/complaints';
import { ProfileNeeded } from '../../../components/profile-needed';

/** What the form shows of the complaint a topic is raised from: its text, once read (or a plain line if it cannot be). */
function useComplaintTitle(id: string | null): string | null {
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    void getComplaint(id).then((reply) => {
      if (live) setTitle(reply.ok ? `${reply.data.category}：${reply.data.excerpt}` : '一件诉求（提交时会核对）');
    });
    return () => {
      live = false;
    };
  }, [id]);
  return title;
}

function NewMeeting({ profile, fromComplaintId }: { profile: MyProfile; fromComplaintId: string | null }) {
  // One id per opened form: a retry after a lost reply lands on the same topic.
  const [clientRequestId] = useState(newMeetingRequestId);
  const complaintTitle = useComplaintTitle(fromComplaintId);
  if (!profile.registered || !profile.communityId) {
    return <ProfileNeeded then="发起议事" />;
  }
  return (
    <View>
      <Text className="gh-section-title">{fromComplaintId ? '把这件诉求拿出来议一议' : '大家的事大家商量'}</Text>
      <Text className="gh-muted">说清要商量什么、为什么。邻居附议的人够了，网格党支部审议、社区党委决议，需要时召开居民议事会。</Text>
      <View style={{ height: '12px' }} />
      <MeetingForm profile={profile} clientRequestId={clientRequestId}
        fromComplaint={fromComplaintId ? { id: fromComplaintId, title: complaintTitle } : null} />
    </View>
  );
}

export default function NewMeetingPage() {
  const { params } = useRouter();
  const fromComplaintId = params.fromComplaintId ? decodeURIComponent(params.fromComplaintId) : null;
  return (
    <PageShell back>
      <SessionGate>{(profile) => <NewMeeting profile={profile} fromComplaintId={fromComplaintId} />}</SessionGate>
    </PageShell>
  );
}
