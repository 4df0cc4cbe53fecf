import type { ErrorCode } from './error-codes';
import { FALLBACK_ERROR_MESSAGE } from './error-codes';

export { ERROR_CODES, isErrorCode } from './error-codes';
export type { ErrorCode } from './error-codes';

/** The one reply shape of every cloud-function action. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };

export interface ReplyError {
  code: ErrorCode | ClientErrorCode;
  message: string;
  details?: unknown;
}

/** Stable error codes with the Chinese message users see. docs/API.md lists where each is used. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '无法识别您的身份，请重新进入小程序',
  UNKNOWN_ACTION: '不支持的操作',
  INVALID_INPUT: '填写的内容有误，请检查后再试',
  FORBIDDEN: '您没有权限进行此操作',
  NOT_FOUND: '内容不存在或已被删除',
  INVALID_STATE: '当前状态下不能进行此操作',
  NOT_REGISTERED: '请先登录',
  PROFILE_INCOMPLETE: '请先完善个人信息（所在社区、网格和楼栋）',
  CONTENT_REJECTED: '内容含有不当信息，请修改后再提交',
  VOLUNTEER_ALREADY_APPROVED: '您已是志愿者',
  VOLUNTEER_APPLICATION_PENDING: '志愿者申请正在审核中，请耐心等待',
  NO_PENDING_APPLICATION: '该用户没有待审核的志愿者申请',
  ROLE_NOT_ASSIGNABLE: '不能分配该角色',
  CANNOT_DEMOTE_SELF: '不能取消自己的管理员身份',
  COMMUNITY_LOCKED: '您在社区担任工作职务，不能自行更换社区或网格，请联系社区管理员',
  CLAIMS_OUTSTANDING: '您还有未完成的认领，请先完成或取消后再更换社区',
  WISH_ALREADY_CLAIMED: '手慢了，这个心愿已被其他志愿者认领',
  CLAIM_LIMIT_REACHED: '您认领的心愿已达上限，请先完成已认领的心愿',
  NOT_VOLUNTEER: '只有审核通过的志愿者才能认领心愿',
  COMPLAINT_ALREADY_ACCEPTED: '手慢了，这件诉求已被其他人签收',
  COMPLAINT_CHANGED: '这件诉求刚刚有了新进展，请刷新后再试',
  ALREADY_SUPPORTED: '您已同问过这件诉求',
  EXTENSION_USED: '每件诉求只能申请一次延期',
  ALREADY_SUMMONED: '所选部门已在处理这件诉求',
  REOPEN_WINDOW_PASSED: '已超过可申请重办的期限',
  MEETING_CHANGED: '这个议题刚刚有了新进展，请刷新后再试',
  NOT_IN_SCOPE: '只有议题范围内的居民可以参与',
  ALREADY_SECONDED: '您已附议过这个议题',
  CANNOT_SECOND_OWN: '不能附议自己提出的议题',
  ALREADY_REGISTERED: '您已报名这次议事会',
  REGISTRATION_CLOSED: '报名已截止',
  REGISTRATION_NOT_FOUND: '您没有报名这次议事会',
  CHECK_IN_NOT_OPEN: '还没到签到时间（开会前2小时开始签到）',
  CHECK_IN_CODE_UNKNOWN: '签到码不正确，请核对后再输入',
  WAITLISTED_NOT_ADMITTED: '这位居民还在候补名单上，未获得参会名额',
  ALREADY_CHECKED_IN: '这位居民已经签到过了',
  MEETING_NOT_STARTED: '会议还没开始，开会后才能记录纪要',
  ALREADY_EVALUATED: '您已评议过这个议题',
  BUSY: '同时操作的人较多，请稍后再试',
  INTERNAL: FALLBACK_ERROR_MESSAGE,
};


/** Answered by the client's cloud seam itself, never by a function: the call timed out or never reached the cloud. */
export type ClientErrorCode = 'TIMEOUT' | 'NETWORK';

