import type { Locator, Page } from 'playwright-core';

// Finds and works the controls of Adaptive Cards as the Playground renders them, by role and visible text like a
// person would; the one CSS class used, `ac-adaptiveCard`, is the Adaptive Cards renderer's own.

export const CARD = '.ac-adaptiveCard';

/** The newest card showing `text` (cards are updated in place, so wait again after an action). */
export async function waitForCardText(page: Page, text: string | RegExp, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const card = page.locator(CARD).filter({ hasText: text }).last();
  try {
    await card.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 20_000 });
  } catch {
    const shown = await page.locator(CARD).allInnerTexts();
    throw new Error(`No card showing ${String(text)} within ${options.timeoutMs ?? 20_000} ms. Cards on screen:\n${shown.join('\n---\n') || '(none)'}`);
  }
  return card;
}

/** A plain text reply (not a card) from the bot. */
export async function waitForMessageText(page: Page, text: string | RegExp, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const message = page.getByText(text).last();
  await message.waitFor({ state: 'visible', timeout: options.timeoutMs ?? 20_000 });
  return message;
}

export function latestCard(page: Page): Locator {
  return page.locator(CARD).last();
}

// On a page, controls are looked up in the cards and the newest match wins; inside a given card they must be unique.
type Scope = Page | Locator;
type Role = Parameters<Page['getByRole']>[0];
const isPage = (scope: Scope): scope is Page => 'goto' in scope;
const pageOf = (scope: Scope): Page => (isPage(scope) ? scope : scope.page());

function byRole(scope: Scope, roles: Role[], name: string, exact: boolean): Locator {
  const one = (role: Role) => (isPage(scope) ? scope.locator(CARD).getByRole(role, { name, exact }).last() : scope.getByRole(role, { name, exact }));
  return roles.map(one).reduce((all, next) => all.or(next));
}

// Names match exactly when such a control is on screen, else as a substring: a label's required marker ("Ihre
// Kommune *") and a toggle's label in front of its title are part of the accessible name.
async function control(scope: Scope, roles: Role[], name: string): Promise<Locator> {
  const exact = byRole(scope, roles, name, true);
  return (await exact.count()) > 0 ? exact : byRole(scope, roles, name, false);
}

/** Input.Text / Input.Number by its label (Adaptive Card input ids are not rendered into the page). */
export async function fillInput(scope: Scope, label: string, value: string): Promise<void> {
  await (await control(scope, ['textbox', 'spinbutton'], label)).fill(value);
}

async function pickListOption(page: Page, label: string, option: string): Promise<void> {
  const options = page.getByRole('listbox').getByRole('option');
  await options.first().waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {
    throw new Error(`"${label}" offers no option after typing "${option}" (the Playground does not run Data.Query type-ahead searches)`);
  });
  const exact = options.filter({ has: page.getByText(option, { exact: true }) });
  await ((await exact.count()) > 0 ? exact.first() : options.filter({ hasText: option }).first()).click();
}

/** Input.ChoiceSet by label: expanded (radio buttons), compact or filtered (combobox; typing narrows long lists). */
export async function chooseOption(scope: Scope, label: string, option: string): Promise<void> {
  const field = await control(scope, ['radiogroup', 'combobox'], label);
  await field.waitFor({ state: 'visible' });
  if ((await field.getAttribute('role')) === 'radiogroup') {
    await (await control(field, ['radio'], option)).check();
    return;
  }
  // Escape first: a click on a combobox whose list is still open (an earlier attempt) would close it instead.
  await field.press('Escape');
  await field.click();
  await field.fill(option);
  if ((await field.getAttribute('aria-expanded')) !== 'true') await field.press('ArrowDown');
  await pickListOption(pageOf(scope), label, option);
}

/** Input.Toggle by its title. */
export async function setToggle(scope: Scope, title: string, on = true): Promise<void> {
  await (await control(scope, ['checkbox'], title)).setChecked(on);
}

/**
 * Action.Execute / Action.Submit / Action.OpenUrl button by its title. When several sections of a card share the
 * title (a "Details" per session), `near` picks the button of the innermost section that also shows that text.
 */
export async function clickCardButton(scope: Scope, title: string, options: { near?: string | RegExp } = {}): Promise<void> {
  if (options.near === undefined) {
    await (await control(scope, ['button'], title)).click();
    return;
  }
  const root = isPage(scope) ? scope.locator(CARD) : scope;
  const button = pageOf(scope).getByRole('button', { name: title, exact: true });
  // Ancestors come before descendants in document order, so the last match is the innermost section.
  const section = root.locator('div').filter({ hasText: options.near }).filter({ has: button }).last();
  await section.getByRole('button', { name: title, exact: true }).click();
}
