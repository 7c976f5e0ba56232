import { useProject } from './project';

/** Why an edit control is disabled, shown as its title. */
export const READ_ONLY_TITLE = 'The project is read-only (this file cannot be written); use “Save project as” to edit a copy';

/** Whether the open project is read-only: every edit is refused by the services, so its controls are disabled. */
export function useReadOnly(): boolean {
  return useProject((s) => s.project?.readOnly === true);
}

/**
 * The props of an edit control in a read-only project: disabled, with a title saying why (`title`
 * given is kept when the project is writable).
 */
export function useEditLock(title?: string): { disabled: boolean; title: string | undefined } {
  const readOnly = useReadOnly();
  return readOnly ? { disabled: true, title: READ_ONLY_TITLE } : { disabled: false, title };
}
