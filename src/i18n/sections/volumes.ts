/** Messages of the volumes pages. */
import type { Widen } from '../widen';

const en = {
  title: '',
} as const;

const ko: Widen<typeof en> = {
  title: '',
};

export default { en, ko };
