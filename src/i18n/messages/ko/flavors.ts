/** Messages of the flavors pages. */
// One language per file, loaded with the pages that use it (src/i18n/load-messages.ts, issue 10).
import type { Widen } from '../../widen';
import type en from '../en/flavors';

const ko: Widen<typeof en> = {
  title: '인스턴스 타입',
  description: '{{region}}에서 사용할 수 있는 인스턴스 타입의 vCPU, 메모리, 루트 디스크입니다.',
  refresh: '새로 고침',
  columns: {
    name: '이름',
    family: '계열',
    vcpus: 'vCPU',
    ram: '메모리',
    disk: '루트 디스크',
    type: '타입 유형',
    public: '공개',
    instances: '인스턴스',
  },
  families: {
    u2: '최저가, 로컬 루트 디스크',
    t2: '저가형',
    m2: '범용',
    c2: 'CPU 최적화',
    r2: '메모리 최적화',
    x1: '고사양',
    g2: 'GPU, 로컬 루트 디스크',
    other: '기타 계열',
  },
  filters: {
    label: '인스턴스 타입 필터',
    name: '이름으로 검색',
    namePlaceholder: '예: c2m4',
    minRam: '최소 메모리(GB)',
    minRamHint: 'NHN Cloud에서 필터링(minRam, MB 단위)',
    minDisk: '최소 로컬 디스크(GB)',
    minDiskHint: '로컬 디스크는 U2 타입에만 있습니다',
    family: '계열',
    clear: '필터 초기화',
  },
  ramValue: '{{ram}}GB',
  localDisk: '로컬 디스크 {{size}}GB',
  blockStorage: '블록 스토리지',
  blockStorageHint: '루트 디스크는 인스턴스를 생성할 때 지정하는 블록 스토리지입니다.',
  yes: '예',
  no: '아니요',
  noType: '—',
  instancesLink: '{{flavor}} 타입을 사용하는 인스턴스 {{count}}개',
  instancesLink_one: '{{flavor}} 타입을 사용하는 인스턴스 {{count}}개',
  instancesUnknown: '인스턴스 수를 불러오지 못했습니다',
  count: '인스턴스 타입 {{count}}개',
  count_one: '인스턴스 타입 {{count}}개',
  countFiltered: '인스턴스 타입 {{total}}개 중 {{count}}개',
  updating: '업데이트 중…',
  empty: {
    title: '이 리전에 인스턴스 타입이 없습니다',
    text: '{{region}}에서 이 프로젝트가 사용할 수 있는 인스턴스 타입이 없습니다.',
  },
  noMatches: {
    title: '조건에 맞는 인스턴스 타입이 없습니다',
    text: '필터 조건과 일치하는 인스턴스 타입이 없습니다.',
  },
};

export default ko;
