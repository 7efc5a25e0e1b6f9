/** Messages of the placement policies page (`t('placementPolicies.…')`). */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/placement-policies';

const ko: Widen<typeof en> = {
  title: '배치 정책',
  description:
    '{{region}} 리전의 anti-affinity 배치 정책입니다. 한 정책의 인스턴스는 서로 다른 호스트에서 실행되므로, 호스트 하나에 장애가 나도 영향을 받는 인스턴스는 최대 하나입니다.',
  refresh: '새로 고침',
  create: '배치 정책 생성',
  createInstance: '이 정책으로 인스턴스 생성',
  columns: {
    name: '이름',
    policy: '정책 유형',
    members: '소속 인스턴스',
    actions: '작업',
  },
  antiAffinity: 'Anti-affinity',
  antiAffinityHint: '서로 다른 호스트에 배치',
  noMembers: '아직 인스턴스가 없습니다',
  unknownMember: '인스턴스 {{id}}(이 리전 목록에 없음)',
  membersLoading: '소속 인스턴스를 불러오는 중…',
  membersUnknown: '인스턴스 목록을 불러오지 못해 소속 인스턴스를 ID로 표시합니다.',
  deleteLabel: '배치 정책 {{name}} 삭제',
  count: '배치 정책 {{count}}개',
  count_one: '배치 정책 {{count}}개',
  empty: {
    title: '배치 정책이 없습니다',
    text: 'anti-affinity 배치 정책을 생성한 뒤, 같은 호스트에 있으면 안 되는 인스턴스를 생성할 때 선택하세요.',
  },
  form: {
    title: '배치 정책 생성',
    name: '이름',
    nameHint: '최대 {{max}}자까지 입력할 수 있습니다.',
    policy: '정책 유형',
    antiAffinityOnly:
      'NHN Cloud는 anti-affinity 정책 유형만 제공합니다. 이 정책으로 생성한 인스턴스는 각각 서로 다른 호스트에서 실행됩니다.',
    nameTaken:
      '“{{name}}” 이름의 정책이 이미 있습니다. NHN Cloud는 허용하지만 두 정책을 구분하기 어렵습니다.',
    membersLater:
      '인스턴스는 생성할 때만 정책에 속할 수 있습니다(인스턴스 생성 → 배치 정책). 기존 인스턴스는 정책으로 옮길 수 없습니다.',
    submit: '생성',
    refused: 'NHN Cloud가 정책을 생성하지 않았습니다',
  },
  problems: {
    nameRequired: '이름을 입력하세요.',
    nameTooLong: '이름은 최대 {{max}}자까지 입력할 수 있습니다.',
    policy: '정책 유형은 다음 중 하나여야 합니다: {{allowed}}.',
  },
  delete: {
    title: '배치 정책 {{name}}을(를) 삭제하시겠습니까?',
    body: '배치 정책 {{name}}을(를) 삭제합니다. 삭제한 정책은 복구할 수 없습니다.',
    members:
      '소속 인스턴스({{names}})는 지금 위치에서 계속 실행되며, 정책이 더 이상 이 인스턴스들을 서로 다른 호스트에 두도록 제한하지 않습니다.',
    members_one:
      '소속 인스턴스 {{names}}은(는) 지금 위치에서 계속 실행되며, 정책이 더 이상 배치를 제한하지 않습니다.',
    noMembers: '소속 인스턴스가 없습니다.',
    confirm: '삭제',
  },
  notify: {
    creating: '배치 정책 {{name}} 생성 중…',
    created: '배치 정책 {{name}}을(를) 생성했습니다',
    createdText: '인스턴스를 생성할 때 ‘배치 정책’에서 선택하세요.',
    createFailed: '배치 정책 {{name}}을(를) 생성하지 못했습니다',
    deleting: '배치 정책 {{name}} 삭제 중…',
    deleted: '배치 정책 {{name}}을(를) 삭제했습니다',
    deleteFailed: '배치 정책 {{name}}을(를) 삭제하지 못했습니다',
    retry: '다시 시도',
  },
};

export default ko;
