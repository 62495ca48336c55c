// RAKE in one resource group: a Linux App Service (Node 22 LTS) running the tab, the API and
// the bot in one process; a user-assigned managed identity; a Key Vault for the secrets,
// read by the app through Key Vault references; and the Azure Bot with the Teams channel.
// Deployed by the Agents Toolkit's arm/deploy (teamsapp.yml); every output whose name is in
// capitals is written back to env/.env.<env>. No secret is in this file or its parameters
// file: the bot secret arrives as a secure parameter from env/.env.<env>.user.

@minLength(4)
@maxLength(30)
@description('Prefix of every resource name (letters, digits and hyphens).')
param resourceBaseName string

@description('App Service plan SKU; B1 or higher (Always On is not available on F1).')
param webAppSku string = 'B1'

@description('County preset (RAKE_COUNTY): kainuu, kymenlaakso, kanta-hame or pohde.')
@allowed(['kainuu', 'kymenlaakso', 'kanta-hame', 'pohde'])
param countyId string = 'kainuu'

@description('Client id of the tab\'s Entra app (AAD_APP_CLIENT_ID), the SSO token audience.')
param aadAppClientId string

@description('The county\'s tenant id (AAD_APP_TENANT_ID).')
param aadAppTenantId string

@description('Tenants whose users may sign in (RAKE_ALLOWED_TENANTS); empty: only aadAppTenantId.')
param allowedTenants string = ''

@description('Client id of the bot\'s single-tenant Entra app (BOT_ID, MicrosoftAppId).')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Entra app; stored only in Key Vault.')
param botAadAppClientSecret string

@secure()
@description('Client secret of the tab\'s Entra app (AAD_APP_CLIENT_ID): the SharePoint store\'s Graph credential; stored only in Key Vault.')
param aadAppClientSecret string = ''

@description('Teams app id (TEAMS_APP_ID); RAKE_TEAMS_APP_ID makes card links deep links.')
param teamsAppId string

@description('Optional RAKE_ROLE_GROUPS, e.g. supervisor=<group id>,rake_member=<group id>.')
param roleGroups string = ''

@description('Optional RAKE_SUPERVISOR_AREAS, e.g. <user object id>=adult_social_work|child_welfare.')
param supervisorAreas string = ''

@description('Optional RAKE_SHAREPOINT_SITE_ID (host,siteCollectionId,webId): store in SharePoint lists instead of SQLite.')
param sharePointSiteId string = ''

@description('Optional RAKE_SHAREPOINT_LIST_PREFIX, the lists\' display-name prefix (default "RAKE ").')
param sharePointListPrefix string = ''

@description('Azure Bot pricing tier; F0 is enough for the Teams channel (a standard channel).')
@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('Display name of the bot in the Azure portal.')
param botDisplayName string = 'RAKE'

param location string = resourceGroup().location

var suffix = uniqueString(resourceGroup().id, resourceBaseName)
// Key Vault names: 3–24 characters, globally unique.
var keyVaultName = 'kv-${take(resourceBaseName, 8)}-${take(suffix, 10)}'
var webAppName = resourceBaseName
var port = '3978'
// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-id'
  location: location
}

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'bot-password'
  properties: {
    value: botAadAppClientSecret
    contentType: 'Client secret of the bot\'s Entra app (MicrosoftAppPassword)'
  }
}

// The SharePoint store's Graph credential, only when the app stores in SharePoint.
resource graphClientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sharePointSiteId) && !empty(aadAppClientSecret)) {
  parent: keyVault
  name: 'graph-client-secret'
  properties: {
    value: aadAppClientSecret
    contentType: 'Client secret of the tab\'s Entra app for Graph app-only tokens (AAD_APP_CLIENT_SECRET)'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      keyVaultSecretsUserRoleId
    )
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku, capacity: 1 }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/api/health'
    }
  }
  dependsOn: [secretsUser]
}

var host = webApp.properties.defaultHostName
var optionalSettings = union(
  empty(roleGroups) ? {} : { RAKE_ROLE_GROUPS: roleGroups },
  empty(supervisorAreas) ? {} : { RAKE_SUPERVISOR_AREAS: supervisorAreas },
  empty(sharePointSiteId)
    ? {}
    : {
        RAKE_SHAREPOINT_SITE_ID: sharePointSiteId
        // By name, not by the conditional resource: the reference resolves once the secret exists.
        AAD_APP_CLIENT_SECRET: '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=graph-client-secret)'
      },
  empty(sharePointListPrefix) ? {} : { RAKE_SHAREPOINT_LIST_PREFIX: sharePointListPrefix }
)

resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: union(
    {
      // The process listens on PORT; WEBSITES_PORT tells App Service where to forward.
      PORT: port
      WEBSITES_PORT: port
      NODE_ENV: 'production'
      // zipDeploy ships dist/ with package.json and the lock file; App Service installs the
      // production dependencies on Linux (better-sqlite3 is native) instead of `npm run build`.
      SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
      CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev'
      RAKE_COUNTY: countyId
      RAKE_AUTH: 'entra'
      // App Service's front end ends TLS and forwards over HTTP with X-Forwarded-Proto and
      // X-Forwarded-For; RAKE believes that one proxy (HSTS on HTTPS, client addresses).
      RAKE_TRUST_PROXY: '1'
      AAD_APP_CLIENT_ID: aadAppClientId
      AAD_APP_TENANT_ID: aadAppTenantId
      RAKE_ALLOWED_TENANTS: empty(allowedTenants) ? aadAppTenantId : allowedTenants
      TAB_DOMAIN: host
      RAKE_PUBLIC_URL: 'https://${host}/'
      RAKE_TEAMS_APP_ID: teamsAppId
      MicrosoftAppId: botAadAppClientId
      MicrosoftAppType: 'SingleTenant'
      MicrosoftAppTenantId: aadAppTenantId
      MicrosoftAppPassword: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})'
      // /home is the app's persistent storage on App Service; the rest of the disk is not.
      RAKE_DB: '/home/data/rake.sqlite'
    },
    optionalSettings
  )
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botServiceSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${host}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: aadAppTenantId
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written back to env/.env.<env> by the toolkit.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = host
output BOT_ENDPOINT string = 'https://${host}'
output TAB_DOMAIN string = host
output TAB_ENDPOINT string = 'https://${host}'
output AZURE_BOT_RESOURCE_ID string = bot.id
output AZURE_KEY_VAULT_NAME string = keyVault.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.properties.clientId
output AZURE_MANAGED_IDENTITY_PRINCIPAL_ID string = identity.properties.principalId
