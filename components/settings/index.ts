export { SettingsForm, phraseProblem, MAX_PHRASES, MAX_PHRASE_LENGTH, type SettingsFormProps, type RuleMeta, type DeadlineConstant } from './SettingsForm.tsx';
export { DataPanel, type DataPanelProps } from './DataPanel.tsx';
