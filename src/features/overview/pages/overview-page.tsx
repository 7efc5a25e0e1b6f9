import { PlaceholderPage } from '../../../app/placeholder-page';

// Being built (see the issue); replaced by the real page.
export function OverviewPage() {
  return <PlaceholderPage page="overview" />;
}
