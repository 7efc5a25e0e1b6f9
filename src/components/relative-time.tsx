import { Tooltip } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import './dayjs-setup';

/** "3 days ago", with the exact local time on hover; follows the operator's language. */
export function RelativeTime({ value }: { value: string | null | undefined }) {
  // Re-render when the language changes (dayjs reads the global locale).
  useTranslation();
  if (!value) return <>—</>;
  const time = dayjs(value);
  if (!time.isValid()) return <>{value}</>;
  return (
    <Tooltip label={time.format('LLLL')} withArrow>
      <time dateTime={time.toISOString()}>{time.fromNow()}</time>
    </Tooltip>
  );
}
