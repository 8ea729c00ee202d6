// Checklist popup views (issue #6): props in, events out, no extension APIs.
// The popup imports './checklist.css' once.
export { ChecklistView, type ChecklistViewProps, type CopyWhat } from './ChecklistView.tsx';
export { ReviewPicker, type ReviewPickerProps } from './ReviewPicker.tsx';
export { Header, type HeaderProps } from './Header.tsx';
export { DeadlineChip, deadlineText, deadlineTone, type DeadlineChipProps } from './DeadlineChip.tsx';
export { TopicAlerts, type TopicAlertsProps } from './TopicAlerts.tsx';
