/** Messages of the create instance page (`t('createInstance.…')`). */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/create-instance';

const ko: Widen<typeof en> = {
  title: '인스턴스 생성',
  description: '{{region}}에 인스턴스를 하나 이상 생성합니다.',
  loading: '{{what}} 불러오는 중…',
  sections: {
    basics: '이름 및 개수',
    zone: '가용성 영역',
    bootSource: '부팅 소스',
    flavor: '인스턴스 타입',
    rootVolume: '루트 블록 스토리지',
    extraVolumes: '추가 블록 스토리지',
    placement: '배치 정책',
    network: '네트워크',
    keypair: '키페어',
    securityGroups: '보안 그룹',
    userData: '사용자 스크립트',
    metadata: '메타데이터',
  },
  name: {
    label: '인스턴스 이름',
    placeholder: '예: web-01',
    description: '최대 {{max}}자까지 입력할 수 있습니다.',
    windowsDescription:
      'Windows 이미지는 최대 {{max}}자까지 입력할 수 있습니다(컴퓨터 이름으로 사용됨).',
  },
  count: {
    label: '인스턴스 개수',
    description: '1개부터 {{max}}개까지 생성할 수 있습니다.',
    several: '인스턴스 이름은 {{name}}-1, {{name}}-2, … 순서로 지정되며 목록에서 함께 표시됩니다.',
    fixedByVolume: '기존 블록 스토리지로는 인스턴스를 1개만 부팅할 수 있어 개수는 1입니다.',
  },
  zone: {
    label: '가용성 영역',
    any: '임의의 가용성 영역',
    anyHint: 'NHN Cloud가 선택합니다.',
    unavailable: '{{zone}}(사용 불가)',
    followsSource:
      '인스턴스는 {{kind}} {{name}}이(가) 있는 {{zone}}에 생성됩니다. 블록 스토리지나 스냅숏으로 부팅하는 인스턴스는 그 원본과 같은 가용성 영역에 생성됩니다.',
    followsSourcePending:
      '인스턴스는 위에서 선택한 블록 스토리지 또는 스냅숏의 가용성 영역에 생성됩니다.',
    fromSource: '{{zone}}({{name}}의 가용성 영역)',
  },
  bootSource: {
    label: '부팅 소스',
    options: {
      image: '이미지',
      volume: '부팅 가능한 블록 스토리지',
      snapshot: '스냅숏',
    },
    hints: {
      image: '이미지로 새 루트 디스크를 만듭니다.',
      volume: '기존의 부팅 가능한 블록 스토리지를 그대로 루트로 사용합니다.',
      snapshot: '스냅숏으로 새 루트 블록 스토리지를 만듭니다.',
    },
    kinds: {
      volume: '블록 스토리지',
      snapshot: '스냅숏',
    },
    imageOnlyFlavors: 'GPU와 U2 타입은 이미지로만 부팅할 수 있습니다.',
    osFromVolume:
      'OS 규칙(Windows 또는 Linux, 최소 디스크와 RAM)은 블록 스토리지를 만든 이미지를 따릅니다.',
    unknownImage: '알 수 없는 이미지',
    volume: {
      label: '블록 스토리지',
      placeholder: '부팅 가능한 블록 스토리지를 선택하세요',
      none: '이 리전에 사용 가능한 부팅 가능 블록 스토리지가 없습니다.',
      option: '{{name}} · {{size}}GB · {{type}} · {{zone}}',
      details: '{{image}}({{os}})로 생성 · {{size}}GB {{type}} · 가용성 영역 {{zone}}',
    },
    snapshot: {
      label: '스냅숏',
      placeholder: '스냅숏을 선택하세요',
      none: '이 리전에 사용 가능한 스냅숏이 없습니다.',
      option: '{{name}} · {{size}}GB · {{zone}}',
      notBootable: '{{name}} · {{size}}GB · 부팅 불가',
      volumeUnknown: '{{name}} · {{size}}GB · 원본 블록 스토리지를 알 수 없음',
      details:
        '블록 스토리지 {{volume}}({{size}}GB, 가용성 영역 {{zone}})의 스냅숏 · {{image}}({{os}})로 생성',
    },
  },
  image: {
    label: '이미지',
    placeholder: '이미지를 선택하세요',
    linux: 'Linux',
    windows: 'Windows',
    none: '이 리전에서 사용할 수 있는 이미지가 없습니다.',
    details: '최소 디스크 {{disk}}GB · 최소 RAM {{ram}} · 접속 계정 {{user}}',
    noMinRam: '없음',
  },
  flavor: {
    label: '인스턴스 타입',
    description: '인스턴스의 vCPU와 메모리입니다.',
    chooseImageFirst:
      '먼저 이미지를 선택하세요. 이미지에 따라 사용할 수 없는 인스턴스 타입이 있습니다.',
    familyFilter: '타입 계열',
    allFamilies: '전체',
    columns: {
      select: '선택',
      name: '인스턴스 타입',
      family: '계열',
      vcpus: 'vCPU',
      ram: 'RAM',
      disk: '루트 디스크',
      availability: '사용 가능 여부',
    },
    ram: '{{ram}}GB',
    localDisk: '로컬 {{size}}GB',
    blockStorage: '블록 스토리지',
    imageOnly: '이미지로만 부팅 가능',
    available: '사용 가능',
    unavailable: '사용 불가: {{reason}}',
    none: '이 계열에는 인스턴스 타입이 없습니다.',
  },
  families: {
    u2: 'U2 · 저비용, 로컬 디스크',
    t2: 'T2 · 스탠더드',
    m2: 'M2 · 범용',
    c2: 'C2 · 컴퓨트 최적화',
    r2: 'R2 · 메모리 최적화',
    x1: 'X1 · 고사양',
    g2: 'G2 · GPU, 로컬 디스크',
    other: '{{family}}',
  },
  rootVolume: {
    chooseFlavor:
      '인스턴스 타입을 선택하세요. GPU와 U2 타입은 로컬 디스크로, 그 외 타입은 블록 스토리지로 부팅합니다.',
    localDisk:
      '{{flavor}}은(는) 이미지로 만든 자체 로컬 디스크({{size}}GB)로 부팅합니다. 블록 스토리지는 생성되지 않으며 크기를 변경할 수 없습니다.',
    existing:
      '블록 스토리지 {{name}}({{size}}GB {{type}})을(를) 그대로 루트로 사용합니다. 새 블록 스토리지는 만들지 않으며, 인스턴스를 삭제해도 유지됩니다.',
    chooseVolume: '위에서 부팅할 블록 스토리지를 선택하세요.',
    size: '크기(GB)',
    sizeHint: '이 이미지는 {{min}}GB부터 {{max}}GB까지 지정할 수 있습니다.',
    sizeHintSnapshot:
      '{{min}}GB(스냅숏 크기 {{snapshot}}GB 이상)부터 {{max}}GB까지 지정할 수 있습니다.',
    sizeHintNoImage:
      'Linux 이미지는 {{linux}}GB, Windows 이미지는 {{windows}}GB 이상이어야 합니다.',
    type: '블록 스토리지 타입',
    typeHint: '이 리전의 Block Storage가 제공하는 타입입니다.',
    deleteOnTermination: '인스턴스를 삭제할 때 블록 스토리지도 함께 삭제',
    deleteOnTerminationHint:
      '선택하지 않으면 인스턴스를 삭제한 뒤에도 블록 스토리지가 남으며 요금이 계속 부과됩니다.',
  },
  encryption: {
    description:
      '{{type}}은(는) NHN Cloud Secure Key Manager의 대칭 키로 암호화됩니다. Secure Key Manager 앱키와 대칭 키 ID를 입력하세요.',
    appKey: 'Secure Key Manager 앱키',
    keyId: '대칭 키 ID',
    appKeyOf: '블록 스토리지 {{index}}의 Secure Key Manager 앱키',
    keyIdOf: '블록 스토리지 {{index}}의 대칭 키 ID',
  },
  extraVolumes: {
    description:
      '인스턴스와 함께 생성해 연결하는 빈 블록 스토리지입니다. 각각 {{min}}~{{max}}GB입니다(소스 타입 “blank”).',
    empty: '추가 블록 스토리지가 없습니다.',
    add: '블록 스토리지 추가',
    row: '블록 스토리지 {{index}}',
    sizeOf: '블록 스토리지 {{index}}의 크기(GB)',
    typeOf: '블록 스토리지 {{index}}의 타입',
    deleteOf: '인스턴스 삭제 시 블록 스토리지 {{index}}도 삭제',
    remove: '블록 스토리지 {{index}} 제거',
  },
  placement: {
    label: '배치 정책',
    none: '없음',
    description:
      '선택 사항입니다. NHN Cloud의 배치 정책은 anti-affinity이며, 한 정책의 인스턴스는 서로 다른 호스트에서 실행됩니다.',
    option: '{{name}}(anti-affinity, 인스턴스 {{count}}개)',
    option_one: '{{name}}(anti-affinity, 인스턴스 1개)',
    manage: '배치 정책 관리',
    noPolicies: '이 리전에 배치 정책이 없습니다.',
  },
  network: {
    subnet: '서브넷',
    subnetPlaceholder: '서브넷을 선택하세요',
    subnetOption: '{{name}} ({{cidr}})',
    subnetDetails: 'VPC {{vpc}} · 게이트웨이 {{gateway}} · 사용 가능한 IP {{count}}개',
    none: '이 리전에 서브넷이 없습니다.',
    fixedIp: '고정 IP(선택)',
    fixedIpHint: '{{cidr}} 범위의 주소를 입력하세요. 비워 두면 자동으로 할당됩니다.',
    fixedIpHintNoSubnet: '먼저 서브넷을 선택하세요. 비워 두면 자동으로 할당됩니다.',
  },
  keypair: {
    label: '키페어',
    placeholder: '키페어를 선택하세요',
    description:
      'Linux 인스턴스에 접속하거나 Windows 인스턴스의 관리자 비밀번호를 확인할 때 사용합니다.',
    none: '키페어가 없습니다. 새로 생성하거나 공개 키를 가져오세요.',
    create: '키페어 생성',
    import: '공개 키 가져오기',
    createTitle: '키페어 생성',
    importTitle: '공개 키 가져오기',
    name: '키페어 이름',
    nameHint: '영문자, 숫자, 공백, -, _를 사용할 수 있습니다.',
    privateKeyWarning:
      'NHN Cloud는 비밀 키를 한 번만 반환합니다. 비밀 키는 곧바로 {{file}} 파일로 다운로드되며 콘솔에 저장되지 않습니다.',
    createSubmit: '생성 및 다운로드',
    publicKey: '공개 키',
    publicKeyHint: 'OpenSSH 형식의 한 줄입니다. 예: ~/.ssh/id_ed25519.pub 파일의 내용',
    importSubmit: '가져오기',
    created: '키페어 {{name}}을(를) 생성했습니다',
    downloaded:
      '비밀 키를 {{file}} 파일로 다운로드했습니다. 다시 다운로드할 수 없으니 안전하게 보관하세요.',
    imported: '키페어 {{name}}을(를) 가져왔습니다',
    failed: '키페어를 생성하지 못했습니다',
  },
  securityGroups: {
    label: '보안 그룹',
    placeholder: '보안 그룹을 선택하세요',
    description: '선택하지 않으면 default 보안 그룹이 적용됩니다.',
  },
  userData: {
    label: '스크립트',
    description:
      '인스턴스가 처음 부팅할 때 실행됩니다(Linux는 cloud-init, Windows는 cloudbase-init). 콘솔이 base64로 인코딩해 전송합니다.',
    placeholder: '#!/bin/bash\necho hello',
    size: '인코딩된 크기: {{size}} / {{max}}바이트',
  },
  metadata: {
    description: '인스턴스에 저장되는 키-값 쌍입니다. 키와 값은 각각 최대 {{max}}자입니다.',
    key: '키',
    value: '값',
    keyOf: '키 {{index}}',
    valueOf: '값 {{index}}',
    add: '메타데이터 추가',
    remove: '메타데이터 {{index}}행 삭제',
    empty: '메타데이터가 없습니다.',
  },
  validation: {
    imageRequired: '이미지를 선택하세요.',
    volumeRequired: '부팅할 블록 스토리지를 선택하세요.',
    snapshotRequired: '부팅할 스냅숏을 선택하세요.',
    appKeyRequired: 'Secure Key Manager 앱키를 입력하세요.',
    keyIdRequired: '대칭 키 ID를 입력하세요.',
    placementPolicyGone: '이 배치 정책은 더 이상 없습니다. 다른 정책을 선택하거나 선택하지 마세요.',
    flavorRequired: '인스턴스 타입을 선택하세요.',
    subnetRequired: '서브넷을 선택하세요.',
    keypairRequired: '키페어를 선택하거나 새로 생성하세요.',
    countInteger: '1부터 {{max}}까지의 정수를 입력하세요.',
    sizeInteger: 'GB 단위의 정수를 입력하세요.',
    metadataDuplicate: '{{key}} 키가 두 번 사용되었습니다.',
    unknownSecurityGroup: '{{name}} 보안 그룹이 없습니다.',
    fixedIp: {
      format: '192.168.0.50과 같은 IPv4 주소를 입력하세요.',
      outside: '{{ip}}은(는) 서브넷 {{cidr}} 범위에 속하지 않습니다.',
      reserved: '{{ip}}은(는) {{cidr}}의 네트워크 주소 또는 브로드캐스트 주소입니다.',
      gateway: '{{ip}}은(는) 서브넷의 게이트웨이 주소입니다.',
      single: '고정 IP는 인스턴스 1개에만 지정할 수 있습니다.',
    },
    summary: '위에 표시된 문제 {{count}}개를 수정하세요.',
    summary_one: '위에 표시된 문제를 수정하세요.',
  },
  violations: {
    name: {
      required: '이름을 입력하세요.',
      tooLong: '이름은 최대 {{max}}자까지 입력할 수 있습니다.',
      windowsTooLong: 'Windows 이미지를 사용하는 인스턴스의 이름은 최대 {{max}}자입니다.',
    },
    flavor: {
      windowsU2: 'U2 타입은 Windows 이미지를 사용할 수 없습니다.',
      windowsRam: 'Windows 이미지는 RAM이 {{minRam}} 이상인 인스턴스 타입이 필요합니다.',
      imageMinRam: '이 이미지는 RAM이 {{minRam}} 이상인 인스턴스 타입이 필요합니다.',
    },
    rootVolume: {
      tooSmall: '{{os}} 이미지의 루트 블록 스토리지는 {{minGb}}GB 이상이어야 합니다.',
      belowImageMinDisk: '이 이미지의 루트 블록 스토리지는 {{minGb}}GB 이상이어야 합니다.',
      belowSnapshot:
        '이 스냅숏으로 만드는 블록 스토리지는 스냅숏 크기인 {{minGb}}GB 이상이어야 합니다.',
      tooLarge: '루트 블록 스토리지는 최대 {{maxGb}}GB까지 지정할 수 있습니다.',
    },
    bdm: {
      required: '루트 블록 스토리지 정보가 필요합니다. 부팅 소스를 선택하세요.',
      noRoot: '블록 스토리지 하나는 루트(부팅 순서 0)여야 합니다.',
      bootSequence: '블록 스토리지의 부팅 순서는 0, 1, 2, …를 한 번씩 사용해야 합니다.',
      sourceType: '각 블록 스토리지에는 소스 타입(image, blank, volume, snapshot)이 필요합니다.',
      destinationType: '각 블록 스토리지에는 위치(local 또는 volume)가 필요합니다.',
      bootIndex: '각 블록 스토리지에는 부팅 순서가 필요합니다(루트는 0).',
      blankRoot: '빈 블록 스토리지는 루트로 사용할 수 없습니다.',
      localNotAllowed: '로컬 디스크는 GPU 또는 U2 타입의 루트만 사용할 수 있습니다.',
      localRequired:
        'GPU와 U2 타입은 로컬 디스크의 이미지로만 부팅하며, 블록 스토리지나 스냅숏으로 부팅할 수 없습니다.',
      localFromImageOnly:
        '로컬 루트 디스크는 이미지로 만듭니다. GPU와 U2 타입은 블록 스토리지나 스냅숏으로 부팅할 수 없습니다.',
      sizeRequired: '새 블록 스토리지의 크기를 입력하세요.',
      sourceNotAvailable:
        '이 {{kind}}은(는) {{status}} 상태입니다. 사용 가능(available) 상태만 사용할 수 있습니다.',
      sourceNotBootable: '이 {{kind}}은(는) 부팅할 수 없어 루트로 사용할 수 없습니다.',
      volumeType:
        '{{type}}은(는) 이 리전의 블록 스토리지 타입이 아닙니다({{allowed}} 중에서 선택).',
      encryptionRequired:
        '{{type}}은(는) 암호화 타입입니다. Secure Key Manager 앱키와 대칭 키 ID를 입력하세요.',
      volumeSize: '{{minGb}}GB부터 {{maxGb}}GB까지의 정수를 입력하세요.',
    },
    zone: {
      source:
        '인스턴스는 {{zone}}이 아니라 부팅할 블록 스토리지나 스냅숏이 있는 {{sourceZone}}에 생성해야 합니다.',
      sources: '사용하는 블록 스토리지와 스냅숏의 가용성 영역이 서로 다릅니다.',
    },
    userData: {
      notBase64: '사용자 스크립트가 base64로 인코딩되지 않았습니다.',
      tooLarge: '인코딩된 스크립트가 {{size}}바이트입니다. 최대 {{max}}바이트까지 허용됩니다.',
    },
    count: {
      min: '인스턴스를 1개 이상 생성해야 합니다.',
      max: '한 번에 최대 {{max}}개까지 생성할 수 있습니다.',
      order: '최대 개수는 최소 개수보다 작을 수 없습니다.',
      volumeSource: '기존 블록 스토리지로는 인스턴스를 1개만 생성할 수 있습니다.',
    },
    metadata: {
      emptyKey: '키를 입력하세요(또는 값을 지우세요).',
      keyTooLong: '키는 최대 {{max}}자까지 입력할 수 있습니다.',
      valueTooLong: '값은 최대 {{max}}자까지 입력할 수 있습니다.',
    },
  },
  submit: {
    review: '검토 후 생성',
    cancel: '취소',
    confirmTitle: '인스턴스 {{count}}개를 생성하시겠습니까?',
    confirmTitle_one: '인스턴스 {{name}}을(를) 생성하시겠습니까?',
    confirmText:
      '이 요청을 NHN Cloud에 전송합니다. 인스턴스는 ‘생성 중’ 상태로 시작하며 몇 분 안에 ‘활성’ 상태가 됩니다.',
    confirmText_one:
      '이 요청을 NHN Cloud에 전송합니다. 인스턴스는 ‘생성 중’ 상태로 시작하며 몇 분 안에 ‘활성’ 상태가 됩니다.',
    confirm: '생성',
    summary: '생성할 인스턴스 정보',
    rootVolumeDeleted: '{{size}}GB {{type}}, 인스턴스 삭제 시 함께 삭제',
    rootVolumeKept: '{{size}}GB {{type}}, 인스턴스 삭제 후에도 유지',
    rootLocal: '인스턴스 타입의 로컬 디스크 {{size}}GB(이미지로 생성)',
    rootExisting: '블록 스토리지 {{name}}, 인스턴스 삭제 후에도 유지',
    encrypted: '{{volume}} · 키 {{keyId}}로 암호화',
    bootImage: '이미지 {{name}}',
    bootVolume: '블록 스토리지 {{name}}({{size}}GB) · {{image}}',
    bootSnapshot: '스냅숏 {{name}}({{size}}GB) · {{image}}',
    userDataSummary: '{{size}}바이트(base64 인코딩)',
    none: '없음',
    defaultGroup: 'default(NHN Cloud가 적용)',
    pending: '{{name}} 생성 요청 중…',
    success: '{{name}} 생성 중',
    successOne: '인스턴스 {{name}}을(를) 생성하고 있습니다.',
    successMany: '인스턴스 {{count}}개를 생성하고 있습니다.',
    failure: '{{name}}을(를) 생성하지 못했습니다',
    retry: '다시 시도',
    refused: 'NHN Cloud가 요청을 거부했습니다',
    consoleRefused: '콘솔 서버가 요청을 보내지 않았습니다',
    refusedHint: '입력 내용을 수정한 뒤 다시 생성하세요. 생성된 인스턴스는 없습니다.',
    dismiss: '닫기',
  },
  notLoaded: '{{what}}: 불러오지 못했습니다(위 메시지 참고).',
  choicesNotLoaded: '이 양식의 선택 항목',
  outcome: {
    noAnswer:
      'NHN Cloud의 응답이 분명하지 않아({{message}}) 인스턴스가 생성되었는지 알 수 없습니다.',
    checking: {
      title: 'NHN Cloud가 {{name}}을(를) 생성했나요?',
      text: '확인하고 있습니다… NHN Cloud가 아직 생성 중일 수 있어 30초 동안 계속 확인합니다.',
    },
    created: {
      title: 'NHN Cloud가 {{name}}을(를) 생성했습니다',
      text: '오류와 달리 인스턴스가 있습니다. 다시 생성하면 인스턴스가 하나 더 생깁니다.',
    },
    notCreated: {
      title: 'NHN Cloud가 {{name}}을(를) 생성하지 않았습니다',
      text: '요청 이후 {{name}} 인스턴스가 생기지 않았습니다. 다시 생성해도 안전합니다.',
    },
    stillUnknown: {
      title: '{{name}}이(가) 생성되었는지 아직 알 수 없습니다',
      text: '콘솔이 확인하지 못했습니다. 다시 생성하기 전에 다시 확인하거나 인스턴스 목록을 보세요.',
    },
    checkAgain: '다시 확인',
    holdSubmit: '마지막 요청의 결과를 확인할 때까지 기다려 주세요',
  },
};

export default ko;
