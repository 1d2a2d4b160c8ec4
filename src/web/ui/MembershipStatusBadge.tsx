import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../contracts/index.ts';
import { today } from './format.ts';

export type MembershipStatus = 'current' | 'planned' | 'ended';

export function membershipStatus(membership: Membership, on = today()): MembershipStatus {
  if (membership.current) return 'current';
  return membership.startDate > on ? 'planned' : 'ended';
}

/** Current members first, then planned, then former ones; each group by start date. */
export function byStatus(a: Membership, b: Membership): number {
  const rank: Record<MembershipStatus, number> = { current: 0, planned: 1, ended: 2 };
  return rank[membershipStatus(a)] - rank[membershipStatus(b)] || a.startDate.localeCompare(b.startDate);
}

const COLOR: Record<MembershipStatus, string> = { current: 'teal.9', planned: 'blue.9', ended: 'gray.7' };

export function MembershipStatusBadge({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const status = membershipStatus(membership);
  return (
    <Badge size="sm" variant="filled" color={COLOR[status]}>
      {t(`membership.status.${status}`)}
    </Badge>
  );
}
