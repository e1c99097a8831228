import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { loadOrCreateSecret } from '@app/auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuthGuard } from './auth.guard.js';
import { AuthResolver } from './auth.resolver.js';
import { CallerAuthentication } from './caller-authentication.js';
import { LoginService } from './login.service.js';
import { PasswordVerifier } from './password-verifier.js';
import { SocketAuthentication } from './socket-authentication.js';
import { TOKEN_SECRET, TokenService } from './token.service.js';

/** Sign-in (login, me) and the guard that makes every other operation need a token. */
@Module({
  imports: [DirectoryModule],
  providers: [
    {
      provide: TOKEN_SECRET,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loadOrCreateSecret(config.dataDir, config.jwtSecret),
    },
    TokenService,
    CallerAuthentication,
    LoginService,
    PasswordVerifier,
    AuthResolver,
    SocketAuthentication,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenService, CallerAuthentication, SocketAuthentication],
})
export class AuthModule {}
