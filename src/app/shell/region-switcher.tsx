import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { IconWorld } from '../../components/icons';
import { regionLabel } from '../../components/region-label';
import { SelectOnDemand } from '../../components/select-on-demand';
import { samePageInRegion } from '../../navigation/paths';
import { useRequiredSession } from '../../session/use-session';

/**
 * The catalog's regions, in NHN's order (kr1, kr2, kr3, jp1: the session keeps them so whatever
 * the catalog's order). Switching keeps the page (instances stay instances) but not a resource
 * id, which belongs to the old region (samePageInRegion).
 */
export function RegionSwitcher() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const { region } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    // Mantine's Select is downloaded when first wanted (issue 10: select-on-demand.tsx).
    <SelectOnDemand
      aria-label={t('header.region')}
      leftSection={<IconWorld size={16} />}
      data={session.regions.map((r) => ({ value: r, label: regionLabel(t, r) }))}
      value={region ?? null}
      allowDeselect={false}
      onChange={(value) =>
        value && value !== region && navigate(samePageInRegion(location.pathname, value))
      }
      w={230}
      comboboxProps={{ withinPortal: true }}
      data-testid="region-switcher"
    />
  );
}
