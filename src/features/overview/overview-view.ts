/**
 * What the overview's cards show of the summaries (summary.ts), as plain functions (no React, no
 * i18n): where the in-use numbers and the families lead, how much of the attention list is named,
 * the capacity bar's shares. The cards (components/*-card.tsx) only put these into words and
 * markup; every link is built by the route table (src/navigation/paths.ts).
 */
import { MB_PER_GB } from '../../domain/flavor';
import { instancesPath } from '../../navigation/paths';
import type { InstanceSummary, ResourceRow, VolumeSummary } from './summary';
import { UNKNOWN_FAMILY } from './summary';

/** MB as GB with one decimal (`4096` → 4, `1536` → 1.5). */
export const gb = (mb: number) => Math.round((mb / MB_PER_GB) * 10) / 10;

/**
 * Where "vCPU / RAM in use" leads: the instances of its one status when a single status holds
 * them (a link names one status filter), else every instance.
 */
export function inUseHref(region: string, byStatus: readonly ResourceRow[]): string {
  const only = byStatus.length === 1 ? byStatus[0] : undefined;
  return instancesPath(region, { status: only?.status });
}

/** A family row of the chart: the unknown family (flavor gone) is counted but leads nowhere. */
export interface FamilyRow {
  key: string;
  /** null for the unknown family (the card words it). */
  family: string | null;
  count: number;
  href?: string;
}

export function familyRows(region: string, summary: InstanceSummary): FamilyRow[] {
  return summary.byFamily.map((row) =>
    row.key === UNKNOWN_FAMILY
      ? { key: 'unknown', family: null, count: row.count }
      : {
          key: row.key,
          family: row.key.toUpperCase(),
          count: row.count,
          href: instancesPath(region, { family: row.key }),
        },
  );
}

/** How many instances, and how many volumes, the attention list names. */
export const ATTENTION_SHOWN = 10;

/**
 * The attention list as shown: the first few of each (errors first, by name — summary.ts): at
 * 5,000 instances hundreds may be in error, and listing them all would cost seconds to render
 * (issue 10); the list has them all. `more` is how many are left out; `errors` how many
 * instances are in error (more than one: a link to all of them).
 */
export function attentionShown(summary: InstanceSummary, storage: VolumeSummary | null) {
  const failedVolumes = storage?.failed ?? [];
  const instances = summary.attention.slice(0, ATTENTION_SHOWN);
  const volumes = failedVolumes.slice(0, ATTENTION_SHOWN);
  return {
    instances,
    volumes,
    more: summary.attention.length - instances.length + failedVolumes.length - volumes.length,
    errors: summary.attention.filter((item) => item.reason === 'error').length,
    none: summary.attention.length === 0 && failedVolumes.length === 0,
  };
}

/** The capacity bar: attached and free GB as percentages of the whole (0 with no capacity). */
export function capacityShares(summary: VolumeSummary): { attached: number; free: number } {
  const percent = (value: number) => (summary.totalGb > 0 ? (value / summary.totalGb) * 100 : 0);
  return { attached: percent(summary.attached.gb), free: percent(summary.free.gb) };
}
