import js from '@eslint/js'
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
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked }
)
