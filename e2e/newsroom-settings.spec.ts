// A newsroom's settings as its admin uses them, on a newsroom a test founds for itself: the
// profile, invitations, members and the verdict scale, with bad input named at its field and
// nothing stored, the last admin kept, the focus kept through every change, axe on each page
// and every page fitting a 360 px screen. Anyone but an admin is told who may.
import type { Page } from '@playwright/test';
import { expectFitsASmallScreen, seriousViolations } from './support/accessibility.ts';
import { acceptAs, inviteAs, newsroomFoundedBy, signUpThroughApi } from './support/arrange-people.ts';
import { demoChecker } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signInAs } from './support/sign-in.ts';
import { signedInClient } from './support/stack-clients.ts';

async function openSettings(page: Page, section: 'Profile' | 'Members' | 'Invitations' | 'Verdict scale') {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Newsroom' }).click();
  await page.getByRole('navigation', { name: 'Newsroom settings' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('navigation', { name: 'Newsroom settings' }).getByRole('link', { name: section })).toHaveAttribute(
    'aria-current',
    'page',
  );
}

test('an admin sets the newsroom\'s profile; bad addresses and a taken slug are named at their fields', async ({ page, newPerson }) => {
  const founder = newPerson('Profile Founder');
  const newsroom = await newsroomFoundedBy(founder, 'Profile Desk');
  await signInAs(page, founder);
  await openSettings(page, 'Profile');
  const profile = page.getByRole('form', { name: 'Profile' });
  await expect(profile.getByLabel('Newsroom name')).toHaveValue(newsroom.name);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await profile.getByLabel('Slug').fill('Not A Slug');
  await profile.getByLabel('Logo address').fill('javascript:alert(1)');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByLabel('Slug')).toBeFocused();
  await expect(profile.getByLabel('Slug')).toHaveAccessibleDescription(/Use lowercase letters, digits and single hyphens/);
  await expect(profile.getByLabel('Logo address')).toHaveAccessibleDescription(/starting with https:\/\/ or http:\/\//);

  await profile.getByLabel('Slug').fill('demo');
  await profile.getByLabel('Logo address').fill('https://profile-desk.example/logo.png');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByLabel('Slug')).toBeFocused();
  await expect(profile.getByLabel('Slug')).toHaveAccessibleDescription(/The slug "demo" is taken by another newsroom/);
  await expect(profile.getByLabel('Logo address')).toHaveValue('https://profile-desk.example/logo.png');

  const renamed = `Profile Gazette ${crypto.randomUUID().slice(0, 4)}`;
  await profile.getByLabel('Newsroom name').fill(renamed);
  await profile.getByLabel('Slug').fill(newsroom.slug);
  await profile.getByLabel('Website address').fill('https://profile-desk.example/');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByRole('status')).toHaveText('Profile saved.');
  await expect(page.getByRole('banner')).toContainText(renamed);
  const stored = await (await signedInClient(founder)).from('newsrooms').select('name, slug, url, logo_url').eq('id', newsroom.id).single();
  expect(stored.data).toEqual({
    name: renamed,
    slug: newsroom.slug,
    url: 'https://profile-desk.example/',
    logo_url: 'https://profile-desk.example/logo.png',
  });
});

test('an admin invites by email, hands out the link and revokes it; a bad or repeated address stores nothing', async ({
  page,
  newPerson,
}) => {
  const founder = newPerson('Inviting Founder');
  const newsroom = await newsroomFoundedBy(founder, 'Inviting Desk');
  const colleague = newPerson('Invited Colleague');
  await signInAs(page, founder);
  await openSettings(page, 'Invitations');
  const form = page.getByRole('form', { name: 'Invite a colleague' });
  await expect(page.getByText('No invitation is waiting.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel('Email address').fill('colleague@');
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(form.getByLabel('Email address')).toBeFocused();
  await expect(form.getByLabel('Email address')).toHaveAccessibleDescription('Enter an email address like name@example.com.');
  await expect(page.getByText('No invitation is waiting.')).toBeVisible();

  await form.getByLabel('Email address').fill(colleague.email.toUpperCase());
  await form.getByLabel(/^Editor:/).check();
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(page.getByText(`${colleague.email} is invited to ${newsroom.name}.`)).toBeVisible();
  await expect(form.getByLabel('Email address')).toHaveValue('');
  const pending = page.getByRole('list').filter({ has: page.getByText(colleague.email) });
  await expect(pending).toContainText(`${colleague.email} as editor, invited by ${founder.displayName}`);
  const link = await page.getByLabel(`Invitation link for ${colleague.email}`).inputValue();
  expect(link).toMatch(new RegExp(`^${new URL(page.url()).origin}/invitations/[0-9a-f-]{36}$`));
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await form.getByLabel('Email address').fill(colleague.email);
  await form.getByRole('button', { name: 'Invite' }).click();
  await expect(form.getByLabel('Email address')).toHaveAccessibleDescription(/already has a pending invitation to this newsroom/);

  await page.getByRole('button', { name: `Revoke the invitation for ${colleague.email}` }).click();
  await expect(page.getByRole('heading', { name: 'Pending invitations' })).toBeFocused();
  await expect(page.getByText('No invitation is waiting.')).toBeVisible();

  // The revoked link no longer lets the colleague in.
  await signUpThroughApi(colleague);
  const invitationId = link.split('/').pop()!;
  const { error } = await (await signedInClient(colleague)).rpc('accept_invitation', { invitation_id: invitationId });
  expect(error?.message).toMatch(/revoked/);
});

test('an admin changes a role and removes a member, never the last admin, and reads who did what', async ({ page, newPerson }) => {
  const founder = newPerson('Member Founder');
  const newsroom = await newsroomFoundedBy(founder, 'Member Desk');
  const colleague = newPerson('Member Colleague');
  await signUpThroughApi(colleague);
  await acceptAs(colleague, await inviteAs(founder, newsroom.id, colleague.email, 'checker'));

  await signInAs(page, founder);
  await openSettings(page, 'Members');
  const members = page.getByRole('region', { name: 'Members', exact: true });
  await expect(members.getByText(colleague.email)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  await members.getByLabel(`Role of ${colleague.displayName}`).selectOption('editor');
  await members.getByRole('button', { name: `Change role of ${colleague.displayName}` }).click();
  const history = page.getByRole('region', { name: 'Membership history' });
  await expect(history).toContainText(`${founder.displayName} changed ${colleague.displayName}’s role from checker to editor.`);
  await expect(history).toContainText(`${colleague.email} accepted the invitation to join as a checker.`);
  await expect(history).toContainText(`${founder.displayName} invited ${colleague.email} as a checker.`);

  // The last admin cannot step down: the refusal is shown and the role stays.
  await members.getByLabel(`Role of ${founder.displayName}`).selectOption('checker');
  await members.getByRole('button', { name: `Change role of ${founder.displayName}` }).click();
  await expect(members.getByRole('alert')).toContainText('A newsroom keeps at least one admin');
  await expect(members.getByLabel(`Role of ${founder.displayName}`)).toHaveValue('admin');

  // Removing asks first; Cancel changes nothing and gives the focus back.
  const remove = members.getByRole('button', { name: `Remove ${colleague.displayName}` });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: `Remove ${colleague.displayName}?` });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await remove.click();
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(members.getByRole('heading', { name: 'Members' })).toBeFocused();
  await expect(members.getByText(colleague.email)).toHaveCount(0);
  await expect(history).toContainText(`${founder.displayName} removed`);
  const { data: stillMember } = await (await signedInClient(colleague)).from('newsroom_members').select('role').eq('newsroom_id', newsroom.id);
  expect(stillMember).toEqual([]);
});

test('an admin adapts the verdict scale: bad labels and colours are named, moves keep the focus, retire and delete', async ({
  page,
  newPerson,
}) => {
  const founder = newPerson('Scale Founder');
  const newsroom = await newsroomFoundedBy(founder, 'Scale Desk');
  await signInAs(page, founder);
  await openSettings(page, 'Verdict scale');
  const scale = page.getByRole('region', { name: 'Verdict scale' });
  const items = scale.getByRole('list').first().getByRole('listitem');
  await expect(items).toHaveCount(7);
  expect(await seriousViolations(page)).toEqual([]);
  await expectFitsASmallScreen(page);

  const add = page.getByRole('form', { name: 'Add a verdict' });
  await add.getByRole('button', { name: 'Add verdict' }).click();
  await expect(add.getByLabel('Label')).toBeFocused();
  await expect(add.getByLabel('Label')).toHaveAccessibleDescription(/Enter a label/);
  await expect(add.getByLabel('Colour')).toHaveAccessibleDescription(/six hexadecimal digits/);

  await add.getByLabel('Label').fill('false');
  await add.getByLabel('Colour').fill('red');
  await add.getByRole('button', { name: 'Add verdict' }).click();
  await expect(add.getByLabel('Label')).toHaveAccessibleDescription(/The scale already has “False”/);
  await expect(add.getByLabel('Colour')).toHaveAccessibleDescription(/Enter a colour as # and six hexadecimal digits/);

  await add.getByLabel('Label').fill('Needs context');
  await add.getByLabel('Description').fill('Accurate, but missing what changes its meaning.');
  await add.getByLabel('Rating in ClaimReview').selectOption('3');
  await add.getByLabel('Colour').fill('#facc15');
  await add.getByRole('button', { name: 'Add verdict' }).click();
  await expect(add.getByLabel('Colour')).toHaveAccessibleDescription(/1\.5:1 contrast on white; readers need 4\.5:1/);
  await expect(items).toHaveCount(7);

  // Close to "False" (#b91c1c): a warning, and the admin may still save it.
  await add.getByLabel('Colour').fill('#B31D1D');
  await expect(add.getByText('Readers may not tell this colour from “False”.')).toBeVisible();
  await add.getByLabel('Colour').fill('#1d4ed8');
  await expect(add.getByText(/Readers may not tell/)).toHaveCount(0);
  await add.getByRole('button', { name: 'Add verdict' }).click();
  await expect(page.getByText('“Needs context” was added at the end of the scale.')).toBeVisible();
  await expect(items).toHaveCount(8);
  await expect(items.last()).toContainText('Needs context');
  await expect(items.last()).toContainText('Rating 3 of 5');

  // Moving by keyboard: the focus stays on the pressed button as the verdict climbs.
  const moveUp = scale.getByRole('button', { name: 'Move up Needs context' });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(6)).toContainText('Needs context');
  await expect(moveUp).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(5)).toContainText('Needs context');
  await expect(moveUp).toBeFocused();

  const retired = scale.getByRole('button', { name: 'Retired Needs context' });
  await retired.click();
  await expect(retired).toHaveAttribute('aria-pressed', 'true');
  await expect(scale.getByRole('listitem', { name: 'Needs context' })).toContainText('Retired');

  await scale.getByRole('button', { name: 'Edit Needs context' }).click();
  const edit = page.getByRole('form', { name: 'Edit “Needs context”' });
  await expect(edit.getByLabel('Label')).toBeFocused();
  await edit.getByLabel('Label').fill('Missing context');
  await edit.getByRole('button', { name: 'Save verdict' }).click();
  await expect(scale.getByRole('button', { name: 'Edit Missing context' })).toBeFocused();

  await scale.getByRole('button', { name: 'Delete Missing context' }).click();
  await page.getByRole('dialog', { name: 'Delete “Missing context”?' }).getByRole('button', { name: 'Delete verdict' }).click();
  await expect(scale.getByRole('heading', { name: 'Verdict scale' })).toBeFocused();
  await expect(items).toHaveCount(7);
  const { data: stored } = await (await signedInClient(founder)).from('verdicts').select('label').eq('newsroom_id', newsroom.id);
  expect(stored?.map((verdict) => verdict.label)).not.toContain('Missing context');
});

test('a checker sees no Newsroom link and is told only admins change the settings', async ({ page }) => {
  await signInAs(page, demoChecker);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Newsroom' })).toHaveCount(0);
  await page.goto('/newsroom/members');
  await expect(page.getByText('Only the admins of Demo Newsroom change its profile, members, invitations and verdict scale.')).toBeVisible();
  await expect(page.getByText('admin@example.com')).toHaveCount(0);
});
