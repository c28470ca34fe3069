import { createApp } from 'vue'
import '../../frontend/src/styles.css'
import { createMizan } from './api'
import App from './App.vue'

createApp(App).use(createMizan({ baseUrl: '/api/mizan' })).mount('#app')
