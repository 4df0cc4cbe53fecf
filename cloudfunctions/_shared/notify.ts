import { inCommunityTime } from './clock';
import { sdk } from './runtime';

export interface SubscribeMessage {
  title: string;
  status: string;
  page: string;
}

/** WeChat's field limits for a `thing` value. */
const THING_MAX = 20;

function templateId(): string {
  return process.env.SUBSCRIBE_TEMPLATE_STATUS ?? 'local-status-update';
}

/**
 * Best effort: a subscription message to each recipient. A user who has not subscribed (or has used up
 * their one-time subscription) is expected; the inbox still holds the notice.
 */
export async function sendSubscribeMessages(recipients: string[], message: SubscribeMessage): Promise<void> {
  const time = inCommunityTime(new Date()).format('YYYY-MM-DD HH:mm');
  await Promise.all(
    recipients.map(async (touser) => {
      try {
        await sdk().openapi.subscribeMessage.send({
          touser,
          templateId: templateId(),
          page: message.page,
          data: {
            thing1: { value: message.title.slice(0, THING_MAX) },
            phrase2: { value: message.status.slice(0, 5) },
            time3: { value: time },
          },
        });
      } catch (error) {
        console.warn('subscribe message not sent', touser, (error as { errCode?: number }).errCode ?? error);
      }
    }),
  );
}
