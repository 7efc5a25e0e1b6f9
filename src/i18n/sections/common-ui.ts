/** Shared pieces: request previews and confirmations. */
import type { Widen } from '../widen';

const en = {
  request: {
    show: 'API request',
    more: 'and {{count}} more',
    tokenHint: 'Set NHN_TOKEN to a token first; the console never copies its own.',
    copyCurl: 'Copy as curl',
    title: 'API request',
  },
  confirm: {
    typeName: 'Type {{name}} to confirm',
  },
} as const;

const ko: Widen<typeof en> = {
  request: {
    show: 'API 요청',
    more: '외 {{count}}개',
    tokenHint: '먼저 NHN_TOKEN에 토큰을 지정하세요. 콘솔의 토큰은 복사되지 않습니다.',
    copyCurl: 'curl로 복사',
    title: 'API 요청',
  },
  confirm: {
    typeName: '확인하려면 {{name}}을(를) 입력하세요',
  },
};

export default { en, ko };
