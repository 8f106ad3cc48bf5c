import { LanguageChooser } from '@/components/LanguageChooser';

export default function LanguageChooserPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 id="choose" className="mb-2 text-3xl font-bold">
        Choose your language
      </h1>
      <p className="mb-6 text-lg" lang="es">Elija su idioma · <span lang="zh">选择语言</span> · <span lang="ar" dir="rtl">اختر لغتك</span> · <span lang="pl">Wybierz język</span> · <span lang="ht">Chwazi lang ou</span></p>
      <LanguageChooser headingId="choose" />
    </main>
  );
}
