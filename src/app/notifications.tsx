/**
 * The notifications' container (@mantine/notifications' Notifications, its transitions and
 * styles; Notification's own are in src/app/styles/entry.ts, as the theme names it), mounted once
 * there is something to show: a page load never downloads it before the
 * first notification (issue 10, "a light first load"). Notifications shown before it arrives
 * wait in @mantine/notifications' store, which every page that notifies already has.
 */
import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

export default function NotificationsContainer() {
  return <Notifications position="top-right" />;
}
