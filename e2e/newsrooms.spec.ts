// Newsrooms as people meet them: a stranger who signs up sees no unpublished work and is
// offered the ways in; starting a newsroom; an invited colleague who signs up through the
// link the admin hands out, accepts, is made an editor on the Members page and reviews a
// claim; a person in two newsrooms switching between them, the choice surviving a reload.
import { seedArticle } from './support/arrange-articles.ts';
import { harbourArticle } from '../stack/seed/render-seed.ts';
import { demoNewsroomId, harbourNewsroomId } from '../stack/seed/seed-ids.ts';
import { seriousViolations } from './support/accessibility.ts';
import { acceptAs, inviteAs, signUpThroughApi } from './support/arrange-people.ts';
import { arrangeClaim } from './support/arrange-claims.ts';
import { demoAdmin, harbourAdmin } from './support/demo-accounts.ts';
import { expect, test } from './support/fixtures.ts';
import { signIn, signInAs, signOut } from './support/sign-in.ts';
import { signedInClient } from './support/stack-clients.ts';

test('a stranger who signs up sees no unpublished work and is offered the ways in', async ({ page, newPerson }) => {
  const stranger = newPerson('Stranger Danger');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create account' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Problems are named at their fields, and what was typed stays.
  await page.getByLabel('Email').fill(stranger.email);
  await page.getByLabel('Password').fill('12345');
  await page.getByRole('button', { name: 'Create account' }).click();
  const displayName = page.getByRole('textbox', { name: 'Display name' });
  await expect(displayName).toBeFocused();
  await expect(displayName).toHaveAccessibleDescription(/Enter the name your colleagues will see\./);
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/Choose a password of at least 6 characters\./);
  await expect(page.getByLabel('Email')).toHaveValue(stranger.email);

  await displayName.fill(stranger.displayName);
  await page.getByLabel('Password').fill(stranger.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Join a newsroom' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(stranger.email);
  await expect(page.getByText('You are not a member of any newsroom yet, so you see no unpublished work')).toBeVisible();
  await expect(page.getByText(`No invitation is waiting for ${stranger.email}.`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  for (const path of ['/articles', '/my-work', '/review']) {
    await page.goto(path);
    await expect(page.getByText('You are not a member of any newsroom yet')).toBeVisible();
    await expect(page.getByText(seedArticle.title)).toHaveCount(0);
  }
  // Not even through the API with the stranger's own token.
  const api = await signedInClient(stranger);
  const { data: unpublished } = await api.from('claims').select('id').neq('status', 'published');
  expect(unpublished).toEqual([]);
});

test('a person starts a newsroom of their own and becomes its admin', async ({ page, newPerson }) => {
  const founder = newPerson('Founder');
  await signUpThroughApi(founder);
  await signInAs(page, founder);
  await page.goto('/');
  const start = page.getByRole('form', { name: 'Start a newsroom' });

  await start.getByLabel('Newsroom name').fill('Demo');
  await expect(start.getByLabel('Slug')).toHaveValue('demo');
  await start.getByRole('button', { name: 'Create newsroom' }).click();
  await expect(start.getByLabel('Slug')).toBeFocused();
  await expect(start.getByLabel('Slug')).toHaveAccessibleDescription(/The slug "demo" is taken by another newsroom: choose another\./);
  await expect(start.getByLabel('Newsroom name')).toHaveValue('Demo');

  const name = `Founder Desk ${crypto.randomUUID().slice(0, 6)}`;
  await start.getByLabel('Newsroom name').fill(name);
  await start.getByRole('button', { name: 'Create newsroom' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText(name);
  await expect(page.getByRole('region', { name: 'Articles' }).getByText(seedArticle.title)).toHaveCount(0);
});

test('an invited colleague signs up through the link, joins, is made an editor and reviews a claim', async ({
  page,
  newPerson,
  articleCopy,
}) => {
  const article = await articleCopy('Reviewed by the new editor');
  const claimId = await arrangeClaim(article, {
    quote: 'seven illegal immigrants',
    claimText: 'Seven were arrested at one check-in.',
    verdictId: 'mostly_true',
    rationale: 'ICE’s own figures.',
    status: 'in_review',
  });
  const colleague = newPerson('New Colleague');

  // Demo Newsroom's admin invites them and copies the link to send by hand.
  await signInAs(page, demoAdmin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Newsroom' }).click();
  await page.getByRole('navigation', { name: 'Newsroom settings' }).getByRole('link', { name: 'Invitations' }).click();
  const invite = page.getByRole('form', { name: 'Invite a colleague' });
  await invite.getByLabel('Email address').fill(colleague.email);
  await invite.getByLabel(/^Checker:/).check();
  await invite.getByRole('button', { name: 'Invite' }).click();
  const link = await page.getByLabel(`Invitation link for ${colleague.email}`).inputValue();
  const invitationId = link.split('/').pop()!;
  await signOut(page);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation to a newsroom' })).toBeVisible();
  await page.getByRole('link', { name: 'create an account' }).click();
  await page.getByLabel('Display name').fill(colleague.displayName);
  await page.getByLabel('Email').fill(colleague.email);
  await page.getByLabel('Password').fill(colleague.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  // Back at the invitation, now signed in.
  await expect(page).toHaveURL(new RegExp(`/invitations/${invitationId}$`));
  await expect(page.getByText('Demo Newsroom invites you as a checker.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Join Demo Newsroom' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Demo Newsroom');
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: article.title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review queue/ })).toHaveCount(0);
  await signOut(page);

  // The admin makes them an editor on the Members page.
  await signInAs(page, demoAdmin);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Newsroom' }).click();
  await page.getByRole('navigation', { name: 'Newsroom settings' }).getByRole('link', { name: 'Members' }).click();
  const members = page.getByRole('region', { name: 'Members', exact: true });
  await members.getByLabel(`Role of ${colleague.displayName}`).selectOption('editor');
  await members.getByRole('button', { name: `Change role of ${colleague.displayName}` }).click();
  await expect(page.getByRole('region', { name: 'Membership history' })).toContainText(
    `changed ${colleague.displayName}’s role from checker to editor.`,
  );
  await signOut(page);

  // The new editor reviews.
  await signInAs(page, colleague);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review queue/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Review/ })).toBeVisible();
  await page.goto(`/review/${claimId}`);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Approved. The claim can now be published.')).toBeVisible();
  const admin = await signedInClient(demoAdmin);
  const { data: profile } = await admin.from('profiles').select('id').eq('display_name', colleague.displayName).single();
  await expect
    .poll(async () => (await admin.from('claims').select('status, reviewed_by').eq('id', claimId).single()).data)
    .toEqual({ status: 'approved', reviewed_by: profile!.id });
});

test('a person in two newsrooms switches between them, and the choice survives a reload', async ({ page, newPerson }) => {
  const member = newPerson('Two Desks');
  await signUpThroughApi(member);
  await acceptAs(member, await inviteAs(demoAdmin, demoNewsroomId, member.email, 'checker'));
  await acceptAs(member, await inviteAs(harbourAdmin, harbourNewsroomId, member.email, 'checker'));

  await page.goto('/articles');
  await signIn(page, member);
  const switcher = page.getByRole('banner').getByRole('combobox', { name: 'Newsroom' });
  await expect(switcher).toHaveValue(demoNewsroomId);
  await expect(page.getByRole('link', { name: seedArticle.title })).toBeVisible();
  await expect(page.getByRole('link', { name: harbourArticle.title })).toHaveCount(0);

  // By keyboard: the select keeps the focus while the page below changes newsroom.
  await switcher.focus();
  await page.keyboard.press('ArrowDown');
  await expect(switcher).toHaveValue(harbourNewsroomId);
  await expect(page.getByRole('link', { name: harbourArticle.title })).toBeVisible();
  await expect(page.getByRole('link', { name: seedArticle.title })).toHaveCount(0);
  await expect(switcher).toBeFocused();

  await page.reload();
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Newsroom' })).toHaveValue(harbourNewsroomId);
  await expect(page.getByRole('link', { name: harbourArticle.title })).toBeVisible();
  await expect(page.getByRole('link', { name: seedArticle.title })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a person with a pending invitation accepts it from their home page', async ({ page, newPerson }) => {
  const invitee = newPerson('Harbour Recruit');
  await signUpThroughApi(invitee);
  await inviteAs(harbourAdmin, harbourNewsroomId, invitee.email, 'editor');

  await signInAs(page, invitee);
  await page.goto('/');
  const invitations = page.getByRole('region', { name: 'Your invitations' });
  await expect(invitations).toContainText('Harbour Gazette invites you as an editor.');
  await invitations.getByRole('button', { name: 'Accept the invitation to Harbour Gazette' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText('Harbour Gazette');
  await expect(page.getByRole('region', { name: 'Articles' }).getByRole('link', { name: harbourArticle.title })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Review queue/ })).toBeVisible();
});
