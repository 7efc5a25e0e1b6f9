/** Messages of the overview pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/overview';

const ko: Widen<typeof en> = {
  title: '개요',
  description: '{{region}} 리전의 인스턴스, 사용 중인 자원, 블록 스토리지를 한눈에 봅니다.',
  refresh: '새로 고침',
  refreshing: '인스턴스 상태가 바뀌는 동안 자동으로 새로 고칩니다…',
  loadingMore: '리전의 인스턴스를 세는 중입니다: 지금까지 {{loaded}}개…',
  stats: {
    instances: '인스턴스',
    instancesHint: '모든 상태 포함',
    vcpus: '사용 중인 vCPU',
    ram: '사용 중인 RAM',
    inUseHint: '실행 중인 인스턴스 {{count}}개 기준',
    inUseHint_one: '실행 중인 인스턴스 {{count}}개 기준',
    unknown: '인스턴스 타입을 불러오지 못해 알 수 없습니다',
    volumes: '블록 스토리지',
    volumesValue: '{{count}}개',
    volumesValue_one: '{{count}}개',
    volumesHint: '전체 {{size}}GB',
  },
  byStatus: {
    title: '상태별 인스턴스',
    caption: '상태별 인스턴스 수입니다. 각 항목을 누르면 해당 조건으로 인스턴스 목록을 엽니다.',
  },
  byFamily: {
    title: '타입 계열별 인스턴스',
    caption:
      '인스턴스 타입 계열별 인스턴스 수입니다. 각 항목을 누르면 해당 조건으로 인스턴스 목록을 엽니다.',
    unknown: '알 수 없는 타입',
  },
  byZone: {
    title: '가용성 영역별 인스턴스',
    caption:
      '가용성 영역별 인스턴스 수입니다. 각 항목을 누르면 해당 조건으로 인스턴스 목록을 엽니다.',
  },
  resources: {
    title: '사용 중인 vCPU와 RAM',
    explain:
      '실행 중인 인스턴스(활성, 재시작·타입 변경·이동·재생성 중, 복구 모드)만 집계합니다. 중지, 종료, 일시 정지, 최대 절전, 생성 중, 오류 상태의 인스턴스는 집계하지 않습니다.',
    status: '상태',
    instances: '인스턴스',
    vcpus: 'vCPU',
    ram: 'RAM',
    total: '사용 중',
    countLink: '인스턴스 {{count}}개: {{status}}',
    countLink_one: '인스턴스 {{count}}개: {{status}}',
    allocated: '모든 상태의 인스턴스 전체: vCPU {{vcpus}}개 · RAM {{ram}}GB',
    unknownFlavor:
      '인스턴스 {{count}}개의 타입을 목록에서 찾을 수 없어 vCPU와 RAM을 집계하지 않았습니다.',
    unknownFlavor_one:
      '인스턴스 {{count}}개의 타입을 목록에서 찾을 수 없어 vCPU와 RAM을 집계하지 않았습니다.',
    none: '실행 중인 인스턴스가 없습니다.',
    flavorsFailed: '인스턴스 타입',
  },
  volumes: {
    title: '블록 스토리지 용량',
    count: '블록 스토리지 {{count}}개',
    count_one: '블록 스토리지 {{count}}개',
    total: '전체 {{size}}GB',
    attached: '인스턴스에 연결됨',
    free: '연결 안 됨',
    side: '{{size}}GB · {{count}}개',
    side_one: '{{size}}GB · {{count}}개',
    byStatus: '상태별 블록 스토리지',
    none: '이 리전에 블록 스토리지가 없습니다.',
  },
  attention: {
    title: '확인이 필요한 항목',
    caption:
      '오류 상태인 인스턴스, 생성을 시작한 지 {{minutes}}분이 지나도 생성 중인 인스턴스, 오류 상태인 블록 스토리지입니다.',
    none: '확인이 필요한 항목이 없습니다.',
    error: '오류 · 마지막 변경',
    building: '아직 생성 중 · 생성 시작',
    volumeError: '블록 스토리지 상태 {{status}}',
    showAll: '오류 상태인 인스턴스 모두 보기',
    more: '…외 {{formatted}}개',
  },
  empty: {
    title: '{{region}} 리전에 인스턴스가 없습니다',
    text: '인스턴스를 생성하면 여기에 요약됩니다.',
  },
  gb: '{{size}}GB',
};

export default ko;
