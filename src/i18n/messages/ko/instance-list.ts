/** Messages of the instances list (`t('instanceList.…')`). */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/instance-list';

const ko: Widen<typeof en> = {
  title: '인스턴스',
  description: '{{region}} 리전의 가상 머신입니다.',
  create: '인스턴스 생성',
  refresh: '새로 고침',
  columns: {
    name: '이름',
    status: '상태',
    flavor: '인스턴스 타입',
    image: '이미지',
    addresses: 'IP 주소',
    zone: '가용성 영역',
    keypair: '키페어',
    created: '생성 일시',
  },
  flavorSpec: 'vCPU {{vcpus}}개 · RAM {{ram}}GB',
  floating: '플로팅',
  fixed: '고정',
  unknownFlavor: '알 수 없는 타입',
  unknownImage: '알 수 없는 이미지',
  noImage: '없음(블록 스토리지로 부팅)',
  imageFromBootVolume: '부팅 블록 스토리지 기준(인스턴스 메타데이터)',
  imageFromMetadata: '인스턴스 메타데이터 기준(이미지 목록에 없음)',
  protected: '삭제 보호 켜짐',
  protectedHint:
    '삭제 보호가 켜져 있어 인스턴스를 삭제할 수 없습니다. NHN Cloud 콘솔(Compute > Instance)에서 변경하며 API로는 바꿀 수 없습니다.',
  noKeypair: '없음',
  filters: {
    name: '이름으로 검색',
    namePlaceholder: '이름 (정규 표현식)',
    status: '상태',
    anyStatus: '모든 상태',
    clear: '필터 지우기',
    reservation: '예약 ID',
    family: '타입 계열',
    remove: '{{filter}} 필터 제거',
    invalidName: '올바른 정규 표현식이 아닙니다({{reason}}). 이름 필터를 적용하지 않았습니다.',
  },
  empty: {
    title: '인스턴스가 없습니다',
    text: '{{region}} 리전에 첫 인스턴스를 생성하세요.',
  },
  noMatches: {
    title: '조건에 맞는 인스턴스가 없습니다',
    text: '이 필터에 맞는 인스턴스가 없습니다.',
  },
  showing: '인스턴스 {{total}}개 중 {{from}}–{{to}}',
  showing_one: '인스턴스 {{total}}개 중 {{from}}–{{to}}',
  countNone: '표시할 인스턴스가 없습니다',
  pageOf: '{{pages}}페이지 중 {{page}}페이지',
  loadingMore:
    '리전의 인스턴스를 불러오는 중입니다: 지금까지 {{loaded}}개. 정렬과 필터는 불러온 인스턴스에 적용됩니다.',
  refreshing: '인스턴스 상태가 바뀌는 동안 자동으로 새로 고칩니다…',
  pageSize: '페이지당 행 수',
  previousPage: '이전 페이지',
  nextPage: '다음 페이지',
  page: '{{page}} 페이지',
};

export default ko;
