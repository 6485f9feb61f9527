// The type-aware linter (`npm run lint`, run by `npm test`): typescript-eslint's recommended rules that use the types,
// over every TypeScript and JavaScript file. Zero warnings is the bar: a rule that does not fit this project is
// adjusted here, with the reason, never silenced file by file.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', '.cache/', 'tests/fixtures/', 'public/', 'deploy/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      // The checks refuse control characters in editors' text, so their patterns name them on purpose.
      'no-control-regex': 'off',
      // `const { dropped, ...kept } = x` is how the code leaves a field out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests read JSON, HTML and API answers whose shape is what they assert; typing each answer first would only
    // repeat the assertion. Everything else still applies to them.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
