import { MizanClient } from '@mizan/base'
import { createApp } from 'vue'
import '../../frontend/src/styles.css'
import { createMizan } from './api'
import App from './App.vue'

// Live: edits by anyone on the same project show up at once, and who is on the board (docs/live-updates.md).
createApp(App)
  .use(createMizan({ client: new MizanClient({ baseUrl: '/api/mizan', live: true }) }))
  .mount('#app')
