import { isAudienceKey } from '../../types/audience';
import { cutChars } from '../../types/text';
import { inCommunityTime } from './clock';
import { sdk } from './runtime';

export interface SubscribeMessage {
  title: string;
  status: string;
  page: string;
}

/** WeChat's field limits, in characters: `thing` 20, `phrase` 5. A cut never splits a character. */
const THING_MAX = 20;
const PHRASE_MAX = 5;

/** The template data of one message: each value cut to its field's limit in characters (not UTF-16 units). */
export function messageData(message: SubscribeMessage, time: string) {
  return {
    thing1: { value: cutChars(message.title, THING_MAX) },
    phrase2: { value: cutChars(message.status, PHRASE_MAX) },
    time3: { value: time },
  };
}

function templateId(): string {
  return process.env.SUBSCRIBE_TEMPLATE_STATUS ?? 'local-status-update';
}

/** The recipients a subscription message can go to: named people (openids), never audience keys. */
export function namedPeople(recipients: readonly string[]): string[] {
  return [...new Set(recipients.filter((recipient) => Boolean(recipient) && !isAudienceKey(recipient)))];
}

/**
 * Best effort: a subscription message to each named recipient. An audience key (`@grid_worker:…`) names no
 * one WeChat can message: its members read the notice in their inbox. A user who has not subscribed (or has
 * used up their one-time subscription) is expected; the inbox still holds the notice.
 */
export async function sendSubscribeMessages(recipients: string[], message: SubscribeMessage): Promise<void> {
  const time = inCommunityTime(new Date()).format('YYYY-MM-DD HH:mm');
  await Promise.all(
    namedPeople(recipients).map(async (touser) => {
      try {
        await sdk().openapi.subscribeMessage.send({
          touser,
          templateId: templateId(),
          page: message.page,
          data: messageData(message, time),
        });
      } catch (error) {
        console.warn('subscribe message not sent', touser, (error as { errCode?: number }).errCode ?? error);
      }
    }),
  );
}
