import type { CompanyProfile } from '../../storage';
import { PrepField } from './PrepField';
import { useMessages } from '../../i18n/active';
import { prep } from '../../i18n/ja/prep';
import { SaveBar } from './SaveBar';
import { useSaveForm } from './useSaveForm';

type CompanyInput = Omit<CompanyProfile, 'updatedAt'>;
const BLANK: CompanyInput = {
  id: 'company',
  kind: 'company',
  name: '',
  address: '',
  industry: '',
  employees: '',
};
const trimAll = (v: CompanyInput) => ({
  values: {
    ...v,
    name: v.name.trim(),
    address: v.address.trim(),
    industry: v.industry.trim(),
    employees: v.employees.trim(),
  },
  problems: {},
});

/** 会社の情報: 事業者名, 所在地, 業種, 従業員数 (all may stay empty). */
export function CompanyForm({ stored }: { stored: CompanyProfile | null }) {
  const m = useMessages(prep);
  const label = m.company;
  const { values, set, save, state, error, problems, restored } = useSaveForm(
    stored,
    BLANK,
    trimAll,
  );
  return (
    <form noValidate onSubmit={save} aria-labelledby="prep-company-title">
      <h2 id="prep-company-title">{m.parts.company}</h2>
      <p class="muted small">{m.companyIntro}</p>
      <PrepField
        id="company-name"
        label={label.name}
        value={values.name}
        onValue={set('name')}
        error={problems.name}
        autocomplete="organization"
      />
      <PrepField
        id="company-address"
        label={label.address}
        value={values.address}
        onValue={set('address')}
        error={problems.address}
      />
      <PrepField
        id="company-industry"
        label={label.industry}
        value={values.industry}
        onValue={set('industry')}
        error={problems.industry}
      />
      <PrepField
        id="company-employees"
        label={label.employees}
        value={values.employees}
        onValue={set('employees')}
        error={problems.employees}
        hint={m.employeesHint}
      />
      <SaveBar state={state} error={error} restored={restored} />
    </form>
  );
}
