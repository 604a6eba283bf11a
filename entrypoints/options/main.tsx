import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<OptionsApp />);
