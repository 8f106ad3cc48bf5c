/**
 * A text box checked as the volunteer types, by the very rule content:check applies to that
 * field (schemaAt reads it from the content schema): a phone number the site could not dial, a
 * web address without https://, HTML in plain text are refused in the form, with the message
 * content:check would print, before anything is saved.
 */
import { plainWordsError } from '@/lib/content/schema';
import { editorSchemas, type EditorKind } from '@/lib/editor/editor-config';
import { schemaAt } from '@/lib/editor/schema-fields';

/** Why `text` breaks the field's rule, or null. Empty is not this check's business: Decap says a required field is required. */
function problemWith(kind: EditorKind, path: string, text: string): string | null {
  if (text === '') return null;
  const result = schemaAt(editorSchemas[kind], path).safeParse(text, { error: plainWordsError });
  return result.success ? null : (result.error.issues[0]?.message ?? 'is not valid here');
}

export function checkedTextWidget(multiline: boolean) {
  return window.createClass<Record<string, never>>({
    isValid() {
      const { value, field } = this.props;
      const problem = problemWith(field.get('schema') as EditorKind, field.get('path') as string, typeof value === 'string' ? value : '');
      return problem ? { error: { message: problem } } : true;
    },
    render() {
      const { forID, value, onChange, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      return window.h(multiline ? 'textarea' : 'input', {
        id: forID,
        className: classNameWrapper,
        value: typeof value === 'string' ? value : '',
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        ...(multiline ? { rows: 4 } : { type: 'text' }),
      });
    },
  });
}
