// Vue's browser build (with the template compiler) has the same API as `vue`, which types it.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
