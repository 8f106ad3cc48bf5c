import { planRows } from '@/lib/family-plan';
import { PlanField } from './PlanField';

type Kind = keyof typeof planRows;
type Props = {
  kind: Kind;
  /** "Person 1": the row's name, server-rendered for each row. */
  legend: (number: number) => string;
  /** The same with "{number}" left in, for the rows enhance/plan.ts adds. */
  legendPattern: string;
  fields: { key: string; label: string; phone?: boolean }[];
  addLabel: string;
  /** On paper each row is one line of columns, sized for what is written in them. */
  printColumns: string;
};

/**
 * Rows of the same few fields (people to call, children, medicines): enough rows to print and fill
 * in by hand with no script; with it, enhance/plan.ts shows the add button and adds rows up to the
 * maximum that still prints on one page.
 */
export function PlanRowGroup({ kind, legend, legendPattern, fields, addLabel, printColumns }: Props) {
  const { rendered, max } = planRows[kind];
  return (
    <>
      <div data-plan-rows={kind} data-legend={legendPattern} data-max={max} className="space-y-3 print:space-y-[1.2mm]">
        {Array.from({ length: rendered }, (_, index) => index + 1).map((number) => (
          <fieldset key={number} data-plan-row className="group rounded-md border border-gray-400 px-3 pb-3 print:rounded-none print:border-0 print:p-0">
            <legend className="px-1 font-bold print:float-start print:w-[19mm] print:px-0 print:pt-[1.5mm] print:text-[8pt] print:group-first:pt-[4.5mm] print:leading-tight">
              {legend(number)}
            </legend>
            <div className={`grid grid-cols-fit gap-3 print:gap-x-[3mm] print:gap-y-0 ${printColumns}`}>
              {fields.map((field) => (
                <PlanField key={field.key} id={`plan-${kind}-${number}-${field.key}`} field={field.key} label={field.label} phone={field.phone} />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <button
        type="button"
        hidden
        data-plan-add={kind}
        className="no-print mt-3 inline-flex tap-target items-center rounded-md border-2 border-brand px-4 py-2 font-semibold text-brand"
      >
        {addLabel}
      </button>
    </>
  );
}
