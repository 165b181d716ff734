import js from '@eslint/js'
import simpleImportSort from 'eslint-plugin-simple-import-sort'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tools/runner-node/node_modules/'] },
  js.configs.recommended,
  // Type-aware rules: floating promises, unsafe any, misused awaits, … (the project's tsconfig.check.json).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { project: './tsconfig.check.json', tsconfigRootDir: import.meta.dirname }
    },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] }
  },
  // Imports sorted by a rule (and by `eslint --fix`), not by hand.
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: { 'simple-import-sort/imports': 'error', 'simple-import-sort/exports': 'error' }
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked }
)
