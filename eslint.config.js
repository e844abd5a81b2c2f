import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The domain (src/features) must not know Teams, HTTP or storage: a move to a newer SDK touches src/bot only.
const frameworkFree = {
  patterns: [
    { group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai', 'restify', 'kysely', 'node:sqlite', 'pg', 'adaptivecards*'], message: 'src/features is framework-free: put this in src/bot or src/adapters behind a port.' },
    { group: ['**/bot/**', '**/adapters/**', '../../bot', '../../adapters'], message: 'src/features must not import the glue (src/bot, src/adapters).' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'appPackage/build/**', 'test-output/**', 'data/*.sqlite*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/features/**/*.ts'], rules: { 'no-restricted-imports': ['error', frameworkFree] } },
);
