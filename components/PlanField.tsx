type Props = {
  id: string;
  label: string;
  /** What enhance/plan.ts calls this field when it fills the wallet cards. */
  field: string;
  phone?: boolean;
};

/**
 * One labelled line of the family plan. No `name`: the form never submits, and a control without
 * a name could not be sent anywhere even if it did. On paper it is a blank line under its label.
 */
export function PlanField({ id, label, field, phone = false }: Props) {
  return (
    <div className="flex min-w-0 flex-col gap-1 print:gap-0">
      <label htmlFor={id} className="text-base font-semibold print:text-[8pt] print:font-normal print:leading-tight">
        {label}
      </label>
      <input
        id={id}
        type={phone ? 'tel' : 'text'}
        data-plan-field={field}
        autoComplete="off"
        // Phone numbers read left to right in every script.
        dir={phone ? 'ltr' : undefined}
        className={`${planInput} ${phone ? 'font-sans rtl:text-right' : ''}`}
      />
    </div>
  );
}

/** On screen a large box to type in; on paper a line to write on. */
export const planInput =
  'tap-target w-full min-w-0 rounded-md border-2 border-gray-600 bg-white px-3 py-2 text-lg aria-invalid:border-urgent print:h-[7mm] print:rounded-none print:border-0 print:border-b print:border-black print:px-[1mm] print:py-0 print:text-[10.5pt]';
