// The sections of a newsroom's settings, each at its own address, in the order they are offered.

export const settingsSections = [
  { path: '/newsroom', label: 'Profile' },
  { path: '/newsroom/members', label: 'Members' },
  { path: '/newsroom/invitations', label: 'Invitations' },
  { path: '/newsroom/verdicts', label: 'Verdict scale' },
] as const;

export type SettingsPath = (typeof settingsSections)[number]['path'];
