import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../components/theme.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<PopupApp />);
