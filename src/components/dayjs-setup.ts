/**
 * dayjs for the pages that still use it (relative-time.tsx, and the pages that show it): its
 * plugins, and its locale following the operator's language. Not in the entry: the instances list
 * and the frame format dates with Intl (format-time.ts; issue 10, JS+CSS to a live list).
 */
import dayjs from 'dayjs';
import 'dayjs/locale/ko';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18next from 'i18next';
import { currentLanguage } from '../i18n';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);
dayjs.locale(currentLanguage());
i18next.on('languageChanged', () => dayjs.locale(currentLanguage()));
