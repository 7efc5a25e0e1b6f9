/** 한국어 메시지 전체: en.ts와 같은 모양이어야 합니다 (타입으로 검사). 단위 테스트용입니다. */
import type { Messages } from './en';
import createInstance from './messages/ko/create-instance';
import flavors from './messages/ko/flavors';
import instanceDetail from './messages/ko/instance-detail';
import instanceList from './messages/ko/instance-list';
import keypairs from './messages/ko/keypairs';
import overview from './messages/ko/overview';
import placementPolicies from './messages/ko/placement-policies';
import shell from './messages/ko/shell';
import volumes from './messages/ko/volumes';

const ko: Messages = {
  ...shell,
  instanceList,
  createInstance,
  instanceDetail,
  flavors,
  keypairs,
  volumes,
  overview,
  placementPolicies,
};

export default ko;
