// Runs the published JavaScript Odoo clients, unmodified, through one scenario against a server and prints what
// each step gave as one JSON object: {client: {step: {"result": value} | {"fault": {faultCode, faultString}}
// | {"error": message} | {"refused": true}}}. The JUnit test NpmClientsTest compares it with Odoo 18's recordings.
//
// Usage: node scenario.mjs <base url, such as http://127.0.0.1:8069> <client name>
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [baseUrl, only] = process.argv.slice(2);
const url = new URL(baseUrl);
const port = Number(url.port);
const db = 'demo';

async function outcome(promise) {
  try {
    return { result: await promise };
  } catch (e) {
    if (e && e.faultCode !== undefined) {
      return { fault: { faultCode: e.faultCode, faultString: e.faultString } };
    }
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

// The steps every client runs, given one function per operation in that client's own API.
async function scenario(api) {
  const out = {};
  out.login = await outcome(api.login('admin', 'admin'));
  out.searchCount = await outcome(api.call('res.partner', 'search_count', [[]]));
  out.searchOffsetLimitOrder = await outcome(api.call('res.partner', 'search', [[['is_company', '=', true]]],
      { offset: 1, limit: 3, order: 'name desc' }));
  out.searchRead = await outcome(api.searchRead('res.partner', [['is_company', '=', true]],
      ['name', 'country_id', 'write_date'], { limit: 3, order: 'id' }));
  out.nameSearch = await outcome(api.call('res.partner', 'name_search', ['wood'], { limit: 5 }));
  out.fieldsGet = await outcome(api.fieldsGet('todo.task',
      ['string', 'type', 'required', 'readonly', 'relation', 'selection']));
  out.create = await outcome(api.create('todo.task', { name: 'Buy milk', date_deadline: '2026-12-31',
      priority: '1', description: 'Two litres\nsemi-skimmed' }));
  out.write = await outcome(api.write('todo.task', 1, { is_done: true, date_deadline: false }));
  out.copy = await outcome(api.call('todo.task', 'copy', [[1]]));
  out.readCopy = await outcome(api.call('todo.task', 'read', [[2], ['name', 'is_done', 'priority']]));
  out.method = await outcome(api.action('todo.task', 'do_toggle_done', 1));
  out.unlink = await outcome(api.unlink('todo.task', 1));
  out.unknownModel = await outcome(api.call('no.such.model', 'search', [[]]));
  out.contextLanguageNotInstalled = await outcome(api.call('res.country', 'read', [[75], ['name']],
      { context: { lang: 'fr_FR' } }));
  out.wrongPassword = await outcome(api.relogin('admin', 'wrong-password'));
  out.loginDemo = await outcome(api.relogin('demo', 'demo'));
  out.accessError = await outcome(api.call('res.users', 'unlink', [[2]]));
  return out;
}

// odoo-await: promises over XML-RPC (/xmlrpc/2).
function odooAwait() {
  const Odoo = require('odoo-await');
  let odoo;
  const login = (username, password) => {
    odoo = new Odoo({ baseUrl: `${url.protocol}//${url.hostname}`, port, db, username, password });
    return odoo.connect();
  };
  return {
    login,
    relogin: async (username, password) => {
      try {
        return await login(username, password);
      } catch (e) {
        if (typeof e === 'string') {
          return Promise.reject(new Error('refused'));
        }
        throw e;
      }
    },
    call: (model, method, args, kwargs = {}) => odoo.execute_kw(model, method, [args, kwargs]),
    searchRead: (model, domain, fields, opts) => odoo.searchRead(model, domain, fields, opts),
    fieldsGet: (model, attributes) => odoo.getFields(model, attributes),
    create: (model, values) => odoo.create(model, values),
    write: (model, id, values) => odoo.update(model, id, values),
    action: (model, action, id) => odoo.action(model, action, id),
    unlink: (model, id) => odoo.delete(model, id),
  };
}

// odoo-xmlrpc: callbacks over XML-RPC (/xmlrpc/2).
function odooXmlrpc() {
  const Odoo = require('odoo-xmlrpc');
  let odoo;
  const promise = (run) => new Promise((resolve, reject) => run((err, value) => (err ? reject(err) : resolve(value))));
  const login = (username, password) => {
    odoo = new Odoo({ url: `${url.protocol}//${url.hostname}`, port, db, username, password });
    return promise((done) => odoo.connect(done));
  };
  const call = (model, method, args, kwargs = {}) => promise((done) => odoo.execute_kw(model, method,
      [args, kwargs], done));
  return {
    login,
    relogin: (username, password) => login(username, password).catch((e) => {
      throw e && e.faultCode === undefined ? new Error('refused') : e;
    }),
    call,
    searchRead: (model, domain, fields, opts) => call(model, 'search_read', [domain], { fields, ...opts }),
    fieldsGet: (model, attributes) => call(model, 'fields_get', [], { attributes }),
    create: (model, values) => call(model, 'create', [values]),
    write: (model, id, values) => call(model, 'write', [[id], values]),
    action: (model, action, id) => call(model, action, [[id]]),
    unlink: (model, id) => call(model, 'unlink', [[id]]),
  };
}

// @fernandoslim/odoo-jsonrpc: fetch over the web client's routes (/web/session/authenticate, a session cookie,
// /web/dataset/call_kw).
function fernandoslimJsonrpc() {
  const { default: OdooJSONRpc } = require('@fernandoslim/odoo-jsonrpc');
  let odoo;
  const login = async (username, password) => {
    odoo = new OdooJSONRpc({ baseUrl: `${url.protocol}//${url.hostname}`, port, db, username, password });
    const info = await odoo.connect();
    return info.uid;
  };
  return {
    login,
    relogin: async (username, password) => {
      try {
        return await login(username, password);
      } catch (e) {
        throw new Error('refused');
      }
    },
    call: (model, method, args, kwargs = {}) => odoo.call_kw(model, method, args, kwargs),
    searchRead: (model, domain, fields, opts) => odoo.searchRead(model, domain, fields, opts),
    fieldsGet: (model, attributes) => odoo.call_kw(model, 'fields_get', [], { attributes }),
    create: (model, values) => odoo.create(model, values),
    write: (model, id, values) => odoo.update(model, id, values),
    action: (model, action, id) => odoo.action(model, action, [[id]]),
    unlink: (model, id) => odoo.delete(model, id),
  };
}

const clients = { 'odoo-await': odooAwait, 'odoo-xmlrpc': odooXmlrpc,
  '@fernandoslim/odoo-jsonrpc': fernandoslimJsonrpc };
const results = {};
for (const [name, make] of Object.entries(clients)) {
  if (!only || only === name) {
    results[name] = await scenario(make());
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
