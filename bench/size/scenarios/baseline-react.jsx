// The framework alone, for scale: React 19 mounting one element (react + react-dom/client).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(<div />);
