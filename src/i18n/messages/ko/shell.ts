/** 한국어: 콘솔의 틀(헤더, 메뉴, 로그인, 상태, 오류, 공통 요소) 메시지. en/shell.ts와 같은 모양입니다. */
import type { Widen } from '../../widen';
import type en from '../en/shell';

const ko: Widen<typeof en> = {
  app: {
    name: 'NHN Cloud 콘솔',
    emulator: '에뮬레이터',
    emulatorHint:
      '내장된 NHN Cloud 에뮬레이터에 연결되어 있습니다. 실제 리소스는 변경되지 않습니다.',
    skipToContent: '본문으로 건너뛰기',
  },
  nav: {
    label: '주 메뉴',
    overview: '개요',
    instances: '인스턴스',
    flavors: '인스턴스 타입',
    keypairs: '키페어',
    volumes: '블록 스토리지',
    placementPolicies: '배치 정책',
    toggle: '메뉴 열기/닫기',
  },
  header: {
    region: '리전',
    language: '언어',
    colorScheme: '밝은 테마와 어두운 테마 전환',
    userMenu: '계정',
    tenant: '테넌트',
    user: 'NHN Cloud ID',
    signOut: '로그아웃',
    sessionExpires: '세션 만료 {{time}}',
  },
  regions: {
    kr1: '한국(판교)',
    kr2: '한국(평촌)',
    kr3: '한국(광주)',
    jp1: '일본(도쿄)',
  },
  auth: {
    title: 'NHN Cloud 로그인',
    subtitle: '테넌트 ID, NHN Cloud ID, API 비밀번호를 입력하세요.',
    tenantId: '테넌트 ID',
    tenantIdHint:
      '16진수 32자리이며 Compute > Instance > API 엔드포인트 설정에서 확인할 수 있습니다.',
    username: 'NHN Cloud ID',
    usernameHint: '로그인에 사용하는 이메일 주소 또는 IAM 계정 ID입니다.',
    password: 'API 비밀번호',
    passwordHint:
      '콘솔 비밀번호가 아닙니다. Compute > Instance > API 엔드포인트 설정의 “API 비밀번호 설정”에서 지정합니다.',
    submit: '로그인',
    signingIn: '로그인 중…',
    required: '필수 항목입니다',
    tenantIdFormat: '테넌트 ID는 16진수 32자리입니다.',
    wrongCredentials: '테넌트 ID, NHN Cloud ID 또는 API 비밀번호가 올바르지 않습니다.',
    failed: '로그인 실패',
    expired: '세션이 만료되었습니다. 다시 로그인하면 하던 작업으로 돌아갑니다.',
    signedOut: '로그아웃했습니다.',
    emulatorTitle: '에뮬레이터 모드',
    emulatorText:
      '이 콘솔은 내장된 NHN Cloud 에뮬레이터와 통신합니다. 데모 계정으로 사용해 보세요.',
    useDemo: '데모 계정 사용',
    noRegions: '이 테넌트는 어느 리전에도 compute 엔드포인트가 없습니다.',
  },
  status: {
    ACTIVE: '활성',
    BUILD: '생성 중',
    REBUILD: '재생성 중',
    SHUTOFF: '중지됨',
    SUSPENDED: '최대 절전',
    PAUSED: '일시 정지됨',
    RESCUE: '복구 모드',
    RESIZE: '타입 변경 중',
    VERIFY_RESIZE: '타입 변경 확인 중',
    REVERT_RESIZE: '타입 변경 복구 중',
    MIGRATING: '이동 중',
    PASSWORD: '비밀번호 재설정 중',
    REBOOT: '재시작 중',
    HARD_REBOOT: '강제 재시작 중',
    SHELVED: '종료됨',
    SHELVED_OFFLOADED: '종료됨',
    ERROR: '오류',
    DELETED: '삭제됨',
    UNKNOWN: '알 수 없음',
    taskRunning: '작업 진행 중: {{task}}',
  },
  errors: {
    title: '문제가 발생했습니다',
    loadFailed: '{{what}}을(를) 불러오지 못했습니다',
    retry: '다시 시도',
    upstream: 'NHN Cloud 응답: {{message}}',
    network: 'API에 연결할 수 없습니다. 연결을 확인한 뒤 다시 시도하세요.',
    routeTitle: '이 페이지를 표시하지 못했습니다',
    reload: '페이지 새로 고침',
  },
  notFound: {
    title: '페이지를 찾을 수 없습니다',
    text: '{{path}}에는 아무것도 없습니다.',
    home: '콘솔로 이동',
  },
  request: {
    show: 'API 요청',
    more: '외 {{count}}개',
    tokenHint:
      '복사한 명령은 $NHN_TOKEN을 쓰고, 없으면 $NHN_USERNAME과 $NHN_API_PASSWORD로 토큰을 받습니다(jq 필요). 콘솔의 토큰은 복사되지 않습니다.',
    unknownTitle: 'NHN Cloud의 응답을 확인하지 못했습니다',
    unknownHint:
      '요청이 처리되었을 수도 있습니다. 다음 새로 고침에서 NHN Cloud의 실제 상태를 보여 줍니다.',
    copyCurl: 'curl로 복사',
    title: 'API 요청',
  },
  confirm: {
    typeName: '확인하려면 {{name}}을(를) 입력하세요',
  },
  common: {
    loading: '불러오는 중…',
    close: '닫기',
    cancel: '취소',
    copy: '복사',
    copied: '복사됨',
  },
};

export default ko;
