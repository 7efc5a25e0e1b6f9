/** Messages of the keypairs pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/keypairs';

const ko: Widen<typeof en> = {
  title: '키페어',
  description: '{{region}}의 SSH 키페어입니다. 공개 키는 키페어로 생성한 인스턴스에 등록됩니다.',
  refresh: '새로 고침',
  create: '키페어 생성',
  import: '키페어 가져오기',
  columns: {
    name: '이름',
    fingerprint: '지문',
    instances: '사용 중인 인스턴스',
    actions: '작업',
  },
  filters: {
    name: '이름으로 검색',
    namePlaceholder: '키페어 이름',
    clear: '필터 초기화',
  },
  noInstances: '없음',
  moreInstances: '외 {{count}}개',
  instancesUnknown: '키페어를 사용하는 인스턴스를 불러오지 못했습니다',
  deleteLabel: '키페어 {{name}} 삭제',
  count: '키페어 {{count}}개',
  count_one: '키페어 {{count}}개',
  countFiltered: '키페어 {{total}}개 중 {{count}}개',
  empty: {
    title: '키페어가 없습니다',
    text: '키페어를 생성하거나 가지고 있는 키페어의 공개 키를 가져오세요. Linux 인스턴스에 접속하거나 Windows 비밀번호를 확인할 때 필요합니다.',
  },
  noMatches: {
    title: '조건에 맞는 키페어가 없습니다',
    text: '이름에 “{{name}}”이(가) 포함된 키페어가 없습니다.',
  },
  form: {
    createTitle: '키페어 생성',
    importTitle: '키페어 가져오기',
    createIntro:
      'NHN Cloud가 키페어를 생성합니다. 비밀 키는 바로 이 컴퓨터로 다운로드되며 지금 한 번만 표시됩니다.',
    importIntro:
      '이미 가지고 있는 키페어의 공개 키(예: ~/.ssh/id_ed25519.pub)를 등록합니다. 비밀 키는 전송되지 않습니다.',
    name: '키페어 이름',
    nameHint: '영문자, 숫자, 공백, -, _ 사용 가능(최대 255자)',
    publicKey: '공개 키',
    publicKeyHint: 'OpenSSH 형식 한 줄: ssh-rsa, ssh-ed25519, ecdsa-sha2-nistp256/384/521',
    publicKeyPlaceholder: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… user@host',
    upload: '.pub 파일 업로드',
    uploadTooLarge: '공개 키 파일이라고 보기에는 파일이 너무 큽니다.',
    keyOk: '올바른 {{type}} 공개 키입니다',
    submitCreate: '생성 후 다운로드',
    submitImport: '가져오기',
    failed: 'NHN Cloud가 요청을 처리하지 못했습니다',
  },
  nameProblems: {
    required: '이름을 입력하세요.',
    tooLong: '이름은 최대 {{max}}자까지 입력할 수 있습니다.',
    characters: '영문자, 숫자, 공백, -, _만 사용할 수 있으며 공백으로 시작하거나 끝날 수 없습니다.',
    duplicate: '“{{name}}” 키페어가 이미 있습니다. 다른 이름을 입력하세요.',
  },
  keyProblems: {
    required: '공개 키를 붙여 넣거나 .pub 파일을 업로드하세요.',
    privateKey:
      '비밀 키입니다. 비밀 키는 절대 다른 곳에 입력하지 마세요. 공개 키(.pub 파일)를 붙여 넣으세요.',
    notOpenSsh:
      '“ssh-ed25519 AAAA… comment”와 같은 한 줄짜리 OpenSSH 형식을 사용하세요. ssh-keygen -i -f <파일>로 변환할 수 있습니다.',
    multipleLines: '공개 키 하나를 한 줄로 붙여 넣으세요.',
    unknownType:
      '지원하지 않는 키 유형 “{{type}}”입니다. ssh-rsa, ssh-ed25519, ecdsa-sha2-nistp256/384/521을 사용하세요.',
    missingData: '“{{type}}” 뒤에 키 데이터가 없습니다.',
    badBase64:
      '키 데이터가 올바른 base64가 아닙니다. 키가 잘렸거나 다른 문자가 섞였을 수 있습니다.',
    typeMismatch: '키 데이터가 {{type}} 키가 아닙니다. 줄 앞의 키 유형과 일치하지 않습니다.',
    badKeyData: '키 데이터가 손상되었거나 불완전합니다.',
    refused: 'NHN Cloud가 공개 키를 거부했습니다: {{message}}',
  },
  secret: {
    title: '비밀 키를 저장하세요',
    warning:
      '비밀 키는 지금 한 번만 표시됩니다. NHN Cloud는 비밀 키를 보관하지 않으므로 다시 받을 수 없습니다. 비밀 키가 있으면 누구나 인스턴스에 접속할 수 있으니 안전한 곳에 보관하세요.',
    downloaded: '{{file}} 파일로 다운로드했습니다.',
    label: '{{name}}의 비밀 키',
    fingerprint: '지문',
    downloadAgain: '{{file}} 다시 다운로드',
    copy: '비밀 키 복사',
    usage: '사용법: chmod 400 {{file}} 후 ssh -i {{file}} <사용자>@<인스턴스 주소>',
    done: '비밀 키를 저장했습니다',
  },
  notify: {
    created: '키페어 {{name}}을(를) 생성했습니다',
    createdText: '비밀 키를 {{file}} 파일로 다운로드했습니다.',
    imported: '키페어 {{name}}을(를) 가져왔습니다',
    deleting: '키페어 {{name}} 삭제 중…',
    deleted: '키페어 {{name}}을(를) 삭제했습니다',
    deleteFailed: '키페어 {{name}}을(를) 삭제하지 못했습니다',
    retry: '다시 시도',
  },
  delete: {
    action: '삭제',
    title: '키페어 {{name}} 삭제',
    confirm: '키페어 삭제',
    body: '키페어 {{name}}을(를) 삭제합니다. 삭제한 키페어는 복구할 수 없습니다.',
    inUseTitle: '이 키페어를 사용하는 인스턴스가 있습니다',
    inUse:
      '인스턴스 {{count}}개가 이 키페어로 생성되었습니다: {{names}}. 인스턴스는 계속 실행되며 등록된 키도 그대로 남지만, 새 인스턴스를 만들 때는 이 키페어를 선택할 수 없습니다.',
    inUse_one:
      '인스턴스 {{count}}개가 이 키페어로 생성되었습니다: {{names}}. 인스턴스는 계속 실행되며 등록된 키도 그대로 남지만, 새 인스턴스를 만들 때는 이 키페어를 선택할 수 없습니다.',
    andMore: '{{names}} 외 {{count}}개',
    checkingUsage: '이 키페어로 만든 인스턴스를 확인하는 중입니다…',
    usageUnknown:
      '이 키페어를 사용하는 인스턴스를 확인하지 못했습니다. 삭제하기 전에 다시 불러오세요.',
  },
  detail: {
    breadcrumb: '키페어',
    summary: '기본 정보',
    name: '이름',
    fingerprint: '지문',
    created: '생성 일시',
    owner: '소유자(사용자 ID)',
    id: 'ID',
    publicKey: '공개 키',
    copyPublicKey: '공개 키 복사',
    copyFingerprint: '지문 복사',
    downloadPublicKey: '{{file}} 다운로드',
    instances: '이 키페어를 사용하는 인스턴스',
    instancesCount: '인스턴스 {{count}}개',
    instancesCount_one: '인스턴스 {{count}}개',
    noInstances: '이 키페어를 사용하는 인스턴스가 없습니다.',
    instanceColumns: {
      name: '이름',
      status: '상태',
      created: '생성 일시',
    },
    notFound: {
      title: '키페어를 찾을 수 없습니다',
      text: '{{region}}에 “{{name}}” 키페어가 없습니다. 삭제되었을 수 있습니다.',
      back: '키페어 목록으로',
    },
  },
};

export default ko;
